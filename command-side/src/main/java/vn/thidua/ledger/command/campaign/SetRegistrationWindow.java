package vn.thidua.ledger.command.campaign;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;

/** Đặt thời hạn đăng ký thi đua: pledges accepted from opensOn to closesOn, inclusive. */
public record SetRegistrationWindow(@TargetAggregateIdentifier CampaignId campaignId, LocalDate opensOn, LocalDate closesOn) {
}
