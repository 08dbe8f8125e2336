package vn.thidua.ledger.command.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Phát động phong trào thi đua of a cluster for a year. The members and names are the cluster's
 * for that year: the API fills them from the cluster view, since one aggregate cannot read another.
 */
public record LaunchCampaign(@TargetAggregateIdentifier CampaignId campaignId, ClusterId clusterId, String clusterName,
                             int year, String name, ScoringScheme scoringScheme, List<UnitRef> members,
                             LocalDate launchedOn) {

    /** A launch today, as the API sends it; {@code launchedOn} is for transcribing a past year (TranscriptionDate). */
    public LaunchCampaign(CampaignId campaignId, ClusterId clusterId, String clusterName, int year, String name,
                          ScoringScheme scoringScheme, List<UnitRef> members) {
        this(campaignId, clusterId, clusterName, year, name, scoringScheme, members, null);
    }
}
