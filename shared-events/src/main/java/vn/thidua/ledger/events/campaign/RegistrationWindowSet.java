package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;

/** Thời hạn đăng ký thi đua: pledges are accepted from {@code opensOn} to {@code closesOn}, both inclusive. */
@Revision("1")
public record RegistrationWindowSet(CampaignId campaignId, int year, LocalDate opensOn, LocalDate closesOn)
        implements CampaignEvent {
}
