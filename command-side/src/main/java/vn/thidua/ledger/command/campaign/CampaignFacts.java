package vn.thidua.ledger.command.campaign;

import java.util.List;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * What a nomination round or a decision needs to know about a campaign, read from the campaign aggregate
 * itself, so pledged titles (R1) cannot be asserted by the client; see {@link AggregateReader}.
 */
public class CampaignFacts {

    private final AggregateReader<Campaign> campaigns;

    public CampaignFacts(AggregateReader<Campaign> campaigns) {
        this.campaigns = campaigns;
    }

    public Roster roster(CampaignId campaignId, List<RegistrantId> candidateIds) {
        return campaigns.read(campaignId.value(), campaign -> campaign.roster(candidateIds));
    }

    /** For a form of commendation: which of {@code ids} the campaign knows, and its year. */
    public KnownRegistrants known(CampaignId campaignId, List<RegistrantId> ids) {
        return campaigns.read(campaignId.value(), campaign -> campaign.known(ids));
    }
}
