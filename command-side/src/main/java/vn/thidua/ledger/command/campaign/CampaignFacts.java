package vn.thidua.ledger.command.campaign;

import java.util.List;
import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * What a nomination round, a decision (and an appointment of the year) needs to know about its campaign, read from
 * the campaign aggregate itself, so pledged titles (R1), recipients, the rule-set version and the records requirement
 * cannot be asserted by the client; see {@link AggregateReader}.
 */
public class CampaignFacts {

    private final AggregateReader<Campaign> campaigns;

    public CampaignFacts(AggregateReader<Campaign> campaigns) {
        this.campaigns = campaigns;
    }

    /** The version the year's campaign chose; empty when the campaign is not launched (yet). */
    public Optional<ChosenRuleVersion> ruleVersionOf(CampaignId campaignId) {
        try {
            return Optional.of(campaigns.read(campaignId.value(), Campaign::chosenRuleVersion));
        } catch (AggregateNotFoundException none) {
            return Optional.empty();
        }
    }

    public Roster roster(CampaignId campaignId, List<RegistrantId> candidateIds) {
        return campaigns.read(campaignId.value(), campaign -> campaign.roster(candidateIds));
    }

    /** For a form of commendation: which of {@code ids} the campaign knows, and its year. */
    public KnownRegistrants known(CampaignId campaignId, List<RegistrantId> ids) {
        return campaigns.read(campaignId.value(), campaign -> campaign.known(ids));
    }

    /** For a decision citing a round of the campaign: whether its candidates must have records (R2–R5). */
    public boolean recordsRequired(CampaignId campaignId) {
        return campaigns.read(campaignId.value(), campaign -> campaign.recordsRequired);
    }
}
