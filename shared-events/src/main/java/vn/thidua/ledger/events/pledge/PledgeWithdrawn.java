package vn.thidua.ledger.events.pledge;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;

/** Rút đăng ký thi đua: the registrant withdrew the pledge, with a reason. */
@Revision("1")
public record PledgeWithdrawn(CampaignId campaignId, int year, RegistrantId registrantId, String registrantName,
                              String reason, LocalDate withdrawnOn) implements PledgeEvent {
}
