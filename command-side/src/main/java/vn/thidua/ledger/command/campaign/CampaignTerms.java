package vn.thidua.ledger.command.campaign;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.RegistrationWindowSet;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Điều kiện của phong trào (a campaign's terms): its id and year, its member units, its registration window and whether
 * it is closed — what the campaign's commands, and those of its pledge register, are checked against. Folded from the
 * campaign's events by whoever holds it: the campaign and its register each keep one, from the same events, so the
 * register checks a pledge against exactly the campaign's state at that moment.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
public final class CampaignTerms {

    CampaignId campaignId;
    int year;
    /** Keyed by unit id value: Jackson snapshots need plain string keys. */
    Map<String, UnitRef> members = new LinkedHashMap<>();
    RegistrationWindow registrationWindow;
    boolean closed;

    public CampaignId campaignId() {
        return campaignId;
    }

    public int year() {
        return year;
    }

    public Collection<UnitRef> members() {
        return List.copyOf(members.values());
    }

    /** The member unit whose id is {@code id}, if one is. */
    public Optional<UnitRef> memberWithId(String id) {
        return Optional.ofNullable(members.get(id));
    }

    public void requireOpen() {
        if (closed) {
            throw new DomainRejection(ErrorCode.CAMPAIGN_CLOSED, "campaign " + campaignId + " is closed");
        }
    }

    public UnitRef member(UnitId unitId) {
        return memberWithId(unitId.value()).orElseThrow(() -> new DomainRejection(ErrorCode.NOT_A_CAMPAIGN_MEMBER,
                "unit " + unitId + " is not a member of " + campaignId));
    }

    /** Returns {@code day} if pledges dated that day are accepted. */
    public LocalDate insideRegistrationWindow(LocalDate day) {
        if (registrationWindow == null) {
            throw new DomainRejection(ErrorCode.REGISTRATION_WINDOW_NOT_SET, "campaign " + campaignId
                    + " has no registration window yet");
        }
        if (!registrationWindow.contains(day)) {
            throw new DomainRejection(ErrorCode.OUTSIDE_REGISTRATION_WINDOW, "pledges for " + campaignId
                    + " are accepted " + registrationWindow + ", the registration is dated " + day);
        }
        return day;
    }

    public void on(CampaignLaunched event) {
        campaignId = event.campaignId();
        year = event.year();
        event.members().forEach(unit -> members.put(unit.id().value(), unit));
    }

    public void on(RegistrationWindowSet event) {
        registrationWindow = new RegistrationWindow(event.opensOn(), event.closesOn());
    }

    public void on(CampaignClosed event) {
        closed = true;
    }
}
