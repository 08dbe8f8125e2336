package vn.thidua.ledger.command.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;

/**
 * Xếp hạng: orders final scorecards by total, best first. Equal totals share a rank; what the next
 * rank is depends on the rule set's method (standard competition 1, 2, 2, 4 or dense 1, 2, 2, 3).
 * Units with equal totals are listed by unit id so that the published order is reproducible.
 */
final class Ranking {

    private Ranking() {
    }

    static List<RankedUnit> rank(List<RankedUnit> unranked, RankingMethod method) {
        List<RankedUnit> ordered = unranked.stream()
                .sorted(Comparator.comparing(RankedUnit::total).reversed()
                        .thenComparing(ranked -> ranked.unit().id().value()))
                .toList();
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            RankedUnit current = ordered.get(i);
            int rank;
            if (i > 0 && current.total().compareTo(ordered.get(i - 1).total()) == 0) {
                rank = ranked.get(i - 1).rank();
            } else if (method == RankingMethod.DENSE) {
                rank = i == 0 ? 1 : ranked.get(i - 1).rank() + 1;
            } else {
                rank = i + 1;
            }
            ranked.add(new RankedUnit(rank, current.unit(), current.total(), current.breakdown()));
        }
        return ranked;
    }
}
