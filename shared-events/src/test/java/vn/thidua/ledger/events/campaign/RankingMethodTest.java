package vn.thidua.ledger.events.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Ties share a rank: 1, 2, 2, 4 by standard competition ranking, 1, 2, 2, 3 by dense ranking. */
class RankingMethodTest {

    private static final List<BigDecimal> TOTALS = Stream.of("98", "95.5", "95.50", "90", "90", "80")
            .map(BigDecimal::new).toList();

    @Test
    void standardCompetitionRankingSkipsThePlacesATieTakes() {
        assertThat(RankingMethod.STANDARD_COMPETITION.ranks(TOTALS)).containsExactly(1, 2, 2, 4, 4, 6);
    }

    @Test
    void denseRankingDoesNotSkip() {
        assertThat(RankingMethod.DENSE.ranks(TOTALS)).containsExactly(1, 2, 2, 3, 3, 4);
    }

    @Test
    void noTotalsNoRanks() {
        assertThat(RankingMethod.DENSE.ranks(List.of())).isEmpty();
    }
}
