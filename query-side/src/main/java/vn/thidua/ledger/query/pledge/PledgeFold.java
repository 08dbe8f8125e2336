package vn.thidua.ledger.query.pledge;

import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.query.pledge.UnitPledges.Change;
import vn.thidua.ledger.query.pledge.UnitPledges.ChangeKind;
import vn.thidua.ledger.query.pledge.UnitPledges.OwnPledge;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.pledge.UnitPledges.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pledge views as pure folds: a registrant's pledge from its pledge events, a unit's head (counts and own
 * pledges) from its registrations' changes, and the campaign's table from the launch and the units' coverage lines.
 */
public final class PledgeFold {

    private PledgeFold() {
    }

    public static CampaignPledges launched(CampaignLaunched launched) {
        List<UnitCoverage> units = launched.members().stream()
                .map(unit -> new UnitCoverage(unit.id().value(), unit.name(), Coverage.of(0, null), List.of()))
                .toList();
        return new CampaignPledges(launched.campaignId().value(), launched.clusterId().value(), launched.year(),
                                   launched.name(), Coverage.of(0, null), units);
    }

    /** The campaign table with one unit's line replaced (or added, for a unit outside the launch's members). */
    public static CampaignPledges withUnit(CampaignPledges state, UnitCoverage line) {
        if (state == null) {
            throw new IllegalStateException("Pledges for unit " + line.unitId() + " before the campaign was launched");
        }
        // Only the unit's own line can differ: each event compares one line, not the table.
        int at = indexOf(state.units(), line.unitId());
        if (at >= 0 && state.units().get(at).equals(line)) {
            return state;
        }
        List<UnitCoverage> units = new ArrayList<>(state.units());
        if (at < 0) {
            units.add(line);
        } else {
            units.set(at, line);
        }
        int registered = 0;
        int staff = 0;
        boolean anyStaff = false;
        for (UnitCoverage unit : units) {
            Integer unitStaff = unit.coverage().staffCount();
            if (unitStaff != null) {
                anyStaff = true;
                staff += unitStaff;
                registered += unit.coverage().registeredIndividuals();
            }
        }
        return new CampaignPledges(state.campaignId(), state.clusterId(), state.year(), state.campaignName(),
                                   Coverage.of(registered, anyStaff ? staff : null), units);
    }

    /** A unit's pledge head before its first registration. */
    public static UnitPledges emptyUnit(PledgeEvent event, UnitRef unit) {
        return new UnitPledges(event.campaignId().value(), year(event), unit.id().value(), unit.name(), null, 0, 0,
                               List.of());
    }

    /** The registrant's pledge after {@code event}; {@code previous} is null before a first registration. */
    public static Registration apply(Registration previous, PledgeEvent event) {
        String registrantId = event.registrantId().value();
        List<Change> history = new ArrayList<>(previous == null ? List.of() : previous.history());
        if (event instanceof PledgeRegistered registered) {
            history.add(new Change(ChangeKind.REGISTERED, registered.titles(), registered.staffCount(), null,
                                   registered.registeredOn()));
            return new Registration(registrantId, registered.registrantName(), registered.kind(), registered.titles(),
                                    Status.ACTIVE, history);
        }
        if (previous == null) {
            throw new IllegalStateException("Registrant " + registrantId + " has no pledge to change");
        }
        if (event instanceof PledgeAmended amended) {
            history.add(new Change(ChangeKind.AMENDED, amended.titles(), amended.staffCount(), null, amended.amendedOn()));
            return new Registration(registrantId, amended.registrantName(), previous.kind(), amended.titles(),
                                    previous.status(), history);
        }
        PledgeWithdrawn withdrawn = (PledgeWithdrawn) event;
        history.add(new Change(ChangeKind.WITHDRAWN, null, null, withdrawn.reason(), withdrawn.withdrawnOn()));
        return new Registration(registrantId, withdrawn.registrantName(), previous.kind(), previous.titles(),
                                Status.WITHDRAWN, history);
    }

    /**
     * The unit's head after registration number {@code number} went from {@code before} (null: new) to {@code after}
     * through {@code event}. Always a new head, so that its position (the ETag of the unit's pledges) moves with any
     * change to one of its registrations.
     */
    public static UnitPledges tally(UnitPledges unit, int number, Registration before, Registration after,
                                    PledgeEvent event) {
        int individuals = unit.activeIndividuals() - active(before, RegistrantKind.INDIVIDUAL)
                + active(after, RegistrantKind.INDIVIDUAL);
        List<OwnPledge> own = new ArrayList<>(unit.ownPledges());
        own.removeIf(pledge -> pledge.number() == number);
        if (after.isActive(RegistrantKind.UNIT)) {
            own.add(new OwnPledge(number, after.titles()));
            own.sort(Comparator.comparingInt(OwnPledge::number));
        }
        Integer declared = event instanceof PledgeRegistered registered ? registered.staffCount()
                : event instanceof PledgeAmended amended ? amended.staffCount() : null;
        Integer staffCount = after.kind() == RegistrantKind.UNIT && declared != null ? declared : unit.staffCount();
        return new UnitPledges(unit.campaignId(), unit.year(), unit.unitId(), unit.unitName(), staffCount,
                               Math.max(unit.registrants(), number + 1), individuals, own);
    }

    private static int active(Registration registration, RegistrantKind kind) {
        return registration != null && registration.isActive(kind) ? 1 : 0;
    }

    private static int indexOf(List<UnitCoverage> units, String unitId) {
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i).unitId().equals(unitId)) {
                return i;
            }
        }
        return -1;
    }

    private static int year(PledgeEvent event) {
        if (event instanceof PledgeRegistered registered) {
            return registered.year();
        }
        if (event instanceof PledgeAmended amended) {
            return amended.year();
        }
        return ((PledgeWithdrawn) event).year();
    }
}
