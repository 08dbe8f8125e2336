package vn.thidua.ledger.command.campaign.pledge;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;

/** Rút đăng ký thi đua, with the reason. */
public record WithdrawPledge(@TargetAggregateIdentifier CampaignId campaignId, RegistrantId registrantId,
                             String reason) {
}
