package vn.thidua.ledger.command.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;

/**
 * Xếp hạng: orders final scorecards by total, best first. Equal totals share a rank; what the next
 * rank is depends on the rule set's method ({@link RankingMethod#ranks}). Units with equal totals are
 * listed by unit id so that the published order is reproducible.
 */
final class Ranking {

    private Ranking() {
    }

    static List<RankedUnit> rank(List<RankedUnit> unranked, RankingMethod method) {
        List<RankedUnit> ordered = unranked.stream()
                .sorted(Comparator.comparing(RankedUnit::total).reversed()
                        .thenComparing(ranked -> ranked.unit().id().value()))
                .toList();
        List<Integer> ranks = method.ranks(ordered.stream().map(RankedUnit::total).toList());
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            RankedUnit current = ordered.get(i);
            ranked.add(new RankedUnit(ranks.get(i), current.unit(), current.total(), current.breakdown()));
        }
        return ranked;
    }
}
