package vn.thidua.ledger.command.campaign.pledge;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;

/** Điều chỉnh đăng ký thi đua: replace the titles (and a unit's headcount) of an active pledge. */
public record AmendPledge(@TargetAggregateIdentifier CampaignId campaignId, RegistrantId registrantId,
                          Integer staffCount, List<Title> titles) {
}
