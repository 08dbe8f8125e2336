package vn.thidua.ledger.command.campaign.pledge;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/**
 * Đăng ký thi đua in a campaign. A UNIT registers itself (registrant id = unit id) with its
 * headcount; an INDIVIDUAL registers within its unit, without a headcount (null).
 * {@code registeredOn} is the date on the paper registration form when a past year's register is
 * transcribed; null (the normal case) means today. See {@code RegistrationDate} for when it is allowed.
 */
public record RegisterPledge(@TargetAggregateIdentifier CampaignId campaignId, RegistrantId registrantId,
                             String registrantName, RegistrantKind kind, UnitId unitId, Integer staffCount,
                             List<Title> titles, LocalDate registeredOn) {

    /** A live registration, dated today. */
    public RegisterPledge(CampaignId campaignId, RegistrantId registrantId, String registrantName, RegistrantKind kind,
                          UnitId unitId, Integer staffCount, List<Title> titles) {
        this(campaignId, registrantId, registrantName, kind, unitId, staffCount, titles, null);
    }
}
