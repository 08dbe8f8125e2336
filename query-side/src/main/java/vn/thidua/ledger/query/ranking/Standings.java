package vn.thidua.ledger.query.ranking;

import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.query.ranking.RankingView.RankedRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Xếp hạng khi bằng điểm: orders rows by total, best first, ties by unit id (so the order is reproducible), and
 * ranks them by the method ({@link RankingMethod#ranks}, the arithmetic the command side publishes with).
 */
final class Standings {

    private Standings() {
    }

    static List<RankedRow> rank(List<RankedRow> rows, RankingMethod method) {
        List<RankedRow> ordered = rows.stream()
                .sorted(Comparator.comparing(RankedRow::total).reversed().thenComparing(RankedRow::unitId))
                .toList();
        List<Integer> ranks = method.ranks(ordered.stream().map(RankedRow::total).toList());
        List<RankedRow> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            RankedRow row = ordered.get(i);
            ranked.add(new RankedRow(ranks.get(i), row.unitId(), row.unitName(), row.total(), row.finalised(),
                                     row.breakdown(), row.adjustments()));
        }
        return ranked;
    }
}
