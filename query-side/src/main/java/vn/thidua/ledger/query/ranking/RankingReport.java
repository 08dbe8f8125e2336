package vn.thidua.ledger.query.ranking;

import vn.thidua.ledger.query.ranking.RankingView.CampaignRef;
import vn.thidua.ledger.query.ranking.RankingView.RankingTable;

/** A ranking as the API answers it: the campaign it belongs to and one table, draft or published. */
public record RankingReport(CampaignRef campaign, boolean campaignClosed, RankingTable ranking) {
}
