package vn.thidua.ledger.query.ranking;

import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.query.ranking.RankingView.RankedRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Xếp hạng khi bằng điểm: orders rows by total, best first, ties by unit id (so the order is reproducible), and
 * gives equal totals the same rank. Standard competition ranking (1, 2, 2, 4) skips the places a tie takes; dense
 * ranking (1, 2, 2, 3) does not. Same rule as the command side applies when it publishes, kept here because the
 * query side may not use the command side.
 */
final class Standings {

    private Standings() {
    }

    static List<RankedRow> rank(List<RankedRow> rows, RankingMethod method) {
        List<RankedRow> ordered = rows.stream()
                .sorted(Comparator.comparing(RankedRow::total).reversed().thenComparing(RankedRow::unitId))
                .toList();
        List<RankedRow> ranked = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            RankedRow row = ordered.get(i);
            int rank;
            if (i > 0 && row.total().compareTo(ordered.get(i - 1).total()) == 0) {
                rank = ranked.get(i - 1).rank();
            } else if (method == RankingMethod.DENSE) {
                rank = i == 0 ? 1 : ranked.get(i - 1).rank() + 1;
            } else {
                rank = i + 1;
            }
            ranked.add(new RankedRow(rank, row.unitId(), row.unitName(), row.total(), row.finalised(), row.breakdown(),
                                     row.adjustments()));
        }
        return ranked;
    }
}
