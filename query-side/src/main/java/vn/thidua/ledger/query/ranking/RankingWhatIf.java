package vn.thidua.ledger.query.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.query.ranking.RankingView.CampaignRef;
import vn.thidua.ledger.query.ranking.RankingView.Illustrative;

/**
 * Xếp hạng giả định: the ranking a campaign's scores would have given under other terms, side by side with the
 * published one. Read-only: nothing is recorded.
 *
 * @param basis           the terms of the what-if
 * @param publishedMethod how the published ranking ranked ties; null while the ranking is not published
 * @param publishedRule   the rule the published ranking cites; null while it is not published
 * @param rows            every member unit, best first under the what-if
 * @param illustrative    the campaign's figures declared invented, as on the ranking: a what-if recomputed from
 *                        invented points is as invented as they are (null when none is declared)
 */
public record RankingWhatIf(CampaignRef campaign, Basis basis, RankingMethod publishedMethod,
                            RuleReference publishedRule, List<Row> rows, Illustrative illustrative) {

    public RankingWhatIf {
        rows = List.copyOf(rows);
    }

    /**
     * The terms: a rule-set version (its ranking method), or a method and criterion weights given in the request.
     *
     * @param weights per criterion id; a criterion not named weighs 1
     */
    public record Basis(String ruleSetId, Integer ruleSetVersion, RankingMethod method, Map<String, BigDecimal> weights) {

        public Basis {
            weights = Map.copyOf(weights);
        }
    }

    /**
     * One unit under the what-if and as published.
     *
     * @param publishedRank null while the ranking is not published
     * @param rankChange    published rank minus what-if rank: positive when the unit would have ranked higher;
     *                      null while the ranking is not published
     */
    public record Row(int rank, String unitId, String unitName, BigDecimal total, Integer publishedRank,
                      BigDecimal publishedTotal, Integer rankChange) {
    }
}
