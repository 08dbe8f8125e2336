package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Phát động phong trào thi đua: the cluster's campaign for {@code year} was launched with its
 * scoring table and members, under the rule set in force for that year (id and version recorded
 * so the year replays under its own rules).
 */
@Revision("1")
public record CampaignLaunched(CampaignId campaignId, ClusterId clusterId, String clusterName, int year, String name,
                               ScoringScheme scoringScheme, List<UnitRef> members, String ruleSetId,
                               int ruleSetVersion, LocalDate launchedOn) implements CampaignEvent {

    public CampaignLaunched {
        members = List.copyOf(members);
    }
}
