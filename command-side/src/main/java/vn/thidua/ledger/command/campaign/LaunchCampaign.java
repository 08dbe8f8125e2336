package vn.thidua.ledger.command.campaign;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.rules.RuleVersionOverride;
import vn.thidua.ledger.command.rules.RuleVersionPolicy;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Phát động phong trào thi đua of a cluster for a year. The members and names are the cluster's
 * for that year: the API fills them from the cluster view, since one aggregate cannot read another.
 *
 * @param ruleVersion how to pick the rule-set version otherwise than by the emulation year, and why (null: by
 *                    the emulation year, {@link RuleVersionPolicy})
 */
public record LaunchCampaign(@TargetAggregateIdentifier CampaignId campaignId, ClusterId clusterId, String clusterName,
                             int year, String name, ScoringScheme scoringScheme, List<UnitRef> members,
                             LocalDate launchedOn, RuleVersionOverride ruleVersion) {

    /** A launch today, as the API sends it; {@code launchedOn} is for transcribing a past year (TranscriptionDate). */
    public LaunchCampaign(CampaignId campaignId, ClusterId clusterId, String clusterName, int year, String name,
                          ScoringScheme scoringScheme, List<UnitRef> members) {
        this(campaignId, clusterId, clusterName, year, name, scoringScheme, members, null, null);
    }

    /** A launch under the emulation year's rules, dated {@code launchedOn} when a past year is transcribed. */
    public LaunchCampaign(CampaignId campaignId, ClusterId clusterId, String clusterName, int year, String name,
                          ScoringScheme scoringScheme, List<UnitRef> members, LocalDate launchedOn) {
        this(campaignId, clusterId, clusterName, year, name, scoringScheme, members, launchedOn, null);
    }
}
