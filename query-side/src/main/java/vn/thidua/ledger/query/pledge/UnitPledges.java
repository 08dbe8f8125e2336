package vn.thidua.ledger.query.pledge;

import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Đăng ký thi đua của một đơn vị: the unit's own pledge (for collective titles, with its headcount) and its staff's
 * individual pledges, each with its history of registration, amendments and withdrawal.
 *
 * @param staffCount    the headcount from the unit's own pledge (latest registration or amendment); null if none yet
 * @param registrations in the order registrants first registered
 */
public record UnitPledges(String campaignId, int year, String unitId, String unitName, Integer staffCount,
                          List<Registration> registrations) {

    public UnitPledges {
        registrations = List.copyOf(registrations);
    }

    /** ACTIVE, or WITHDRAWN (rút đăng ký; the registrant may register again while the window is open). */
    public enum Status { ACTIVE, WITHDRAWN }

    /** A registrant's pledge as it stands, and how it got there. */
    public record Registration(String registrantId, String name, RegistrantKind kind, List<Title> titles,
                               Status status, List<Change> history) {

        public Registration {
            titles = List.copyOf(titles);
            history = List.copyOf(history);
        }
    }

    /** What happened to a pledge: REGISTERED, AMENDED (điều chỉnh) or WITHDRAWN (with the reason). */
    public record Change(ChangeKind kind, List<Title> titles, Integer staffCount, String reason, LocalDate on) {

        public Change {
            titles = titles == null ? null : List.copyOf(titles);
        }
    }

    public enum ChangeKind { REGISTERED, AMENDED, WITHDRAWN }

    /**
     * The same pledges with the names of individual registrants (personal data) left out, for readers who may not
     * see them; ids, titles, status and history stay. The unit's own registration keeps its name.
     */
    public UnitPledges withoutIndividualNames() {
        return new UnitPledges(campaignId, year, unitId, unitName, staffCount, registrations.stream()
                .map(r -> r.kind() == RegistrantKind.INDIVIDUAL
                        ? new Registration(r.registrantId(), null, r.kind(), r.titles(), r.status(), r.history())
                        : r)
                .toList());
    }

    /** The unit's line in the campaign's coverage table. */
    public UnitCoverage coverage() {
        int individuals = (int) registrations.stream()
                .filter(r -> r.kind() == RegistrantKind.INDIVIDUAL && r.status() == Status.ACTIVE)
                .count();
        List<Title> unitTitles = registrations.stream()
                .filter(r -> r.kind() == RegistrantKind.UNIT && r.status() == Status.ACTIVE)
                .flatMap(r -> r.titles().stream())
                .toList();
        return new UnitCoverage(unitId, unitName, Coverage.of(individuals, staffCount), unitTitles);
    }
}
