package vn.thidua.ledger.query.pledge;

import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.RegistrantKind;

import java.time.LocalDate;
import java.util.List;

/**
 * Đăng ký thi đua của một đơn vị: the head of a unit's pledges, whose size does not grow with the campaign. The
 * registrations themselves (the unit's own pledge, for collective titles, with its headcount, and its staff's
 * individual pledges, each with its history) are documents of their own, numbered in the order registrants first
 * registered ({@link PledgeViews#registrations}); this head counts them and keeps what the coverage needs.
 *
 * @param staffCount        the headcount from the unit's own pledge (latest registration or amendment); null if none yet
 * @param registrants       how many registrants registered with the unit: the registrations are numbered 0..n-1
 * @param activeIndividuals individuals whose pledge is active
 * @param ownPledges        the unit-kind registrations that are active, by registration number: their titles
 */
public record UnitPledges(String campaignId, int year, String unitId, String unitName, Integer staffCount,
                          int registrants, int activeIndividuals, List<OwnPledge> ownPledges) {

    public UnitPledges {
        ownPledges = List.copyOf(ownPledges);
    }

    /** An active pledge of the unit itself: its registration number and the collective titles. */
    public record OwnPledge(int number, List<Title> titles) {

        public OwnPledge {
            titles = List.copyOf(titles);
        }
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

        boolean isActive(RegistrantKind of) {
            return kind == of && status == Status.ACTIVE;
        }

        /**
         * This registration without the name when it is an individual's (personal data), for readers who may not see
         * it; id, titles, status and history stay. A unit's own registration keeps its name.
         */
        public Registration withoutIndividualName() {
            return kind == RegistrantKind.INDIVIDUAL ? new Registration(registrantId, null, kind, titles, status, history)
                    : this;
        }
    }

    /** What happened to a pledge: REGISTERED, AMENDED (điều chỉnh) or WITHDRAWN (with the reason). */
    public record Change(ChangeKind kind, List<Title> titles, Integer staffCount, String reason, LocalDate on) {

        public Change {
            titles = titles == null ? null : List.copyOf(titles);
        }
    }

    public enum ChangeKind { REGISTERED, AMENDED, WITHDRAWN }

    /** The unit's line in the campaign's coverage table. */
    public UnitCoverage coverage() {
        List<Title> unitTitles = ownPledges.stream().flatMap(own -> own.titles().stream()).toList();
        return new UnitCoverage(unitId, unitName, Coverage.of(activeIndividuals, staffCount), unitTitles);
    }
}
