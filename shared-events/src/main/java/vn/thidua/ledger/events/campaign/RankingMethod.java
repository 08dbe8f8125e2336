package vn.thidua.ledger.events.campaign;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Cách xếp hạng khi bằng điểm (how ties are ranked). Standard competition ranking gives 1, 2, 2, 4;
 * dense ranking gives 1, 2, 2, 3.
 *
 * <p>The arithmetic is here, in the contract, because three readers must agree on it: the campaign that
 * publishes a ranking, the views and what-if rankings that recompute one, and an auditor who checks a
 * published table against its totals.
 */
public enum RankingMethod {
    STANDARD_COMPETITION, DENSE;

    /** The rank of each total, for totals already ordered best first: equal totals share a rank. */
    public List<Integer> ranks(List<BigDecimal> totalsBestFirst) {
        List<Integer> ranks = new ArrayList<>(totalsBestFirst.size());
        for (int i = 0; i < totalsBestFirst.size(); i++) {
            int rank;
            if (i > 0 && totalsBestFirst.get(i).compareTo(totalsBestFirst.get(i - 1)) == 0) {
                rank = ranks.get(i - 1);
            } else if (this == DENSE) {
                rank = i == 0 ? 1 : ranks.get(i - 1) + 1;
            } else {
                rank = i + 1;
            }
            ranks.add(rank);
        }
        return List.copyOf(ranks);
    }
}
