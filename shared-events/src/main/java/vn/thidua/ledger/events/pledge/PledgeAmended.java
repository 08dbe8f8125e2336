package vn.thidua.ledger.events.pledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;

/** Điều chỉnh đăng ký thi đua: the pledge now covers exactly these titles (and headcount, for a unit). */
@Revision("1")
public record PledgeAmended(CampaignId campaignId, int year, RegistrantId registrantId, String registrantName,
                            Integer staffCount, List<Title> titles, LocalDate amendedOn) implements PledgeEvent {

    public PledgeAmended {
        titles = List.copyOf(titles);
    }
}
