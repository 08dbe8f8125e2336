package vn.thidua.ledger.events.campaign;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.RuleReference;

/**
 * Công bố kết quả chấm điểm, xếp hạng: the ranking of all member units, best first, with the
 * method used for ties and the rule that prescribed it.
 */
@Revision("1")
public record RankingPublished(CampaignId campaignId, ClusterId clusterId, int year, List<RankedUnit> ranking,
                               RankingMethod method, RuleReference rule) implements CampaignEvent {

    public RankingPublished {
        ranking = List.copyOf(ranking);
    }
}
