package vn.thidua.ledger.events.pledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Đăng ký thi đua: a unit or an individual of {@code unit} registered for these titles in the
 * campaign's year. {@code staffCount} is the unit's headcount for a UNIT registrant and null for
 * an individual.
 */
@Revision("1")
public record PledgeRegistered(CampaignId campaignId, int year, RegistrantId registrantId, String registrantName,
                               RegistrantKind kind, UnitRef unit, Integer staffCount, List<Title> titles,
                               LocalDate registeredOn) implements PledgeEvent {

    public PledgeRegistered {
        titles = List.copyOf(titles);
    }
}
