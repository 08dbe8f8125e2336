package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitRef;

/** Ký giao ước thi đua: the member unit signed the campaign's emulation covenant. */
@Revision("1")
public record CovenantSigned(CampaignId campaignId, int year, UnitRef unit, LocalDate signedOn)
        implements CampaignEvent {
}
