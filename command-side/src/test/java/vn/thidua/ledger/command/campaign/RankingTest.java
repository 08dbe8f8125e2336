package vn.thidua.ledger.command.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

class RankingTest {

    private static final List<RankedUnit> TOTALS = List.of(unit("d", "70"), unit("b", "80.0"), unit("a", "90"),
            unit("c", "80"));

    @Test
    void equalTotalsShareARankAndTheNextRankIsSkipped() {
        assertThat(Ranking.rank(TOTALS, RankingMethod.STANDARD_COMPETITION))
                .extracting(RankedUnit::rank).containsExactly(1, 2, 2, 4);
    }

    @Test
    void denseRankingDoesNotSkipAfterATie() {
        assertThat(Ranking.rank(TOTALS, RankingMethod.DENSE)).extracting(RankedUnit::rank).containsExactly(1, 2, 2, 3);
    }

    @Test
    void equalTotalsAreListedByUnitIdWhateverTheirScale() {
        assertThat(Ranking.rank(TOTALS, RankingMethod.STANDARD_COMPETITION))
                .extracting(ranked -> ranked.unit().id().value()).containsExactly("a", "b", "c", "d");
    }

    private static RankedUnit unit(String id, String total) {
        return new RankedUnit(0, new UnitRef(new UnitId(id), "Đơn vị " + id + " (minh họa)"), new BigDecimal(total),
                List.of());
    }
}
