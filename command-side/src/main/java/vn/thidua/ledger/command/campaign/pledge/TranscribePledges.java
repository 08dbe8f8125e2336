package vn.thidua.ledger.command.campaign.pledge;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;

/**
 * Chép sổ đăng ký (transcribing a paper register): many pledges of one campaign recorded in one unit of work, as the
 * workbook import records a past year's register. Each pledge is checked in order by exactly the rules of a
 * {@link RegisterPledge} sent alone, and becomes the same {@code PledgeRegistered}; the events are stored as one
 * commit, so one refused pledge refuses them all and nothing is recorded. Not an HTTP command: the API registers one
 * pledge per request.
 */
public record TranscribePledges(@TargetAggregateIdentifier CampaignId campaignId, List<RegisterPledge> pledges) {

    public TranscribePledges {
        pledges = List.copyOf(pledges);
    }
}
