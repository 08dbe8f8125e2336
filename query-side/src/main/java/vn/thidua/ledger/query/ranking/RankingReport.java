package vn.thidua.ledger.query.ranking;

import vn.thidua.ledger.query.ranking.RankingView.CampaignRef;
import vn.thidua.ledger.query.ranking.RankingView.Illustrative;
import vn.thidua.ledger.query.ranking.RankingView.RankingTable;

/**
 * A ranking as the API answers it: the campaign it belongs to and one table, draft or published, with the mark of
 * its illustrative figures (null when none is declared).
 */
public record RankingReport(CampaignRef campaign, boolean campaignClosed, RankingTable ranking,
                            Illustrative illustrative) {

    static RankingReport of(RankingView view, RankingTable table) {
        return new RankingReport(view.campaign(), view.closed(), table, view.illustrative());
    }
}
