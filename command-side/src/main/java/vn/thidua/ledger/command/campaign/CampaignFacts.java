package vn.thidua.ledger.command.campaign;

import java.util.List;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * What a nomination round needs to know about its campaign, read from the campaign aggregate
 * itself, so pledged titles (R1) and the records requirement cannot be asserted by the client; see {@link AggregateReader}.
 */
public class CampaignFacts {

    private final AggregateReader<Campaign> campaigns;

    public CampaignFacts(AggregateReader<Campaign> campaigns) {
        this.campaigns = campaigns;
    }

    public Roster roster(CampaignId campaignId, List<RegistrantId> candidateIds) {
        return campaigns.read(campaignId.value(), campaign -> campaign.roster(candidateIds));
    }

    /** For a decision citing a round of the campaign: whether its candidates must have records (R2–R5). */
    public boolean recordsRequired(CampaignId campaignId) {
        return campaigns.read(campaignId.value(), campaign -> campaign.recordsRequired);
    }
}
