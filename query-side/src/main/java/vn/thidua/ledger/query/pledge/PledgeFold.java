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
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.pledge.UnitPledges.Status;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The pledge views as pure folds: a unit's pledges from the pledge events, and the campaign's table from the
 * launch and the units' coverage lines. Amendments and withdrawals do not name the unit, so the caller passes the
 * unit the registrant registered with.
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
        if (state.units().contains(line)) {
            return state;
        }
        List<UnitCoverage> units = new ArrayList<>(state.units());
        int at = indexOf(units, line.unitId());
        if (at < 0) {
            units.add(line);
        } else {
            units.set(at, line);
        }
        int registered = units.stream().filter(u -> u.coverage().staffCount() != null)
                              .mapToInt(u -> u.coverage().registeredIndividuals()).sum();
        boolean anyStaff = units.stream().anyMatch(u -> u.coverage().staffCount() != null);
        Integer staff = anyStaff ? units.stream().map(u -> u.coverage().staffCount()).filter(Objects::nonNull)
                                        .mapToInt(Integer::intValue).sum() : null;
        return new CampaignPledges(state.campaignId(), state.clusterId(), state.year(), state.campaignName(),
                                   Coverage.of(registered, staff), units);
    }

    /** @param unit the registrant's unit: from the event for a registration, remembered for the other events */
    public static UnitPledges apply(UnitPledges state, PledgeEvent event, UnitRef unit) {
        UnitPledges current = state != null ? state : new UnitPledges(event.campaignId().value(), year(event),
                unit.id().value(), unit.name(), null, List.of());
        String registrantId = event.registrantId().value();
        if (event instanceof PledgeRegistered registered) {
            Registration previous = find(current, registrantId);
            List<Change> history = new ArrayList<>(previous == null ? List.of() : previous.history());
            history.add(new Change(ChangeKind.REGISTERED, registered.titles(), registered.staffCount(), null,
                                   registered.registeredOn()));
            Registration registration = new Registration(registrantId, registered.registrantName(), registered.kind(),
                                                         registered.titles(), Status.ACTIVE, history);
            return with(current, registration, staffOf(current, registered.kind(), registered.staffCount()));
        }
        Registration previous = find(current, registrantId);
        if (previous == null) {
            throw new IllegalStateException("Registrant " + registrantId + " has no pledge to change");
        }
        List<Change> history = new ArrayList<>(previous.history());
        if (event instanceof PledgeAmended amended) {
            history.add(new Change(ChangeKind.AMENDED, amended.titles(), amended.staffCount(), null, amended.amendedOn()));
            Registration registration = new Registration(registrantId, amended.registrantName(), previous.kind(),
                                                         amended.titles(), previous.status(), history);
            return with(current, registration, staffOf(current, previous.kind(), amended.staffCount()));
        }
        PledgeWithdrawn withdrawn = (PledgeWithdrawn) event;
        history.add(new Change(ChangeKind.WITHDRAWN, null, null, withdrawn.reason(), withdrawn.withdrawnOn()));
        Registration registration = new Registration(registrantId, withdrawn.registrantName(), previous.kind(),
                                                     previous.titles(), Status.WITHDRAWN, history);
        return with(current, registration, current.staffCount());
    }

    private static Integer staffOf(UnitPledges current, RegistrantKind kind, Integer declared) {
        return kind == RegistrantKind.UNIT && declared != null ? declared : current.staffCount();
    }

    private static UnitPledges with(UnitPledges current, Registration registration, Integer staffCount) {
        List<Registration> registrations = new ArrayList<>(current.registrations());
        int at = -1;
        for (int i = 0; i < registrations.size(); i++) {
            if (registrations.get(i).registrantId().equals(registration.registrantId())) {
                at = i;
            }
        }
        if (at < 0) {
            registrations.add(registration);
        } else {
            registrations.set(at, registration);
        }
        return new UnitPledges(current.campaignId(), current.year(), current.unitId(), current.unitName(), staffCount,
                               registrations);
    }

    private static Registration find(UnitPledges current, String registrantId) {
        return current.registrations().stream().filter(r -> r.registrantId().equals(registrantId)).findFirst()
                      .orElse(null);
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
