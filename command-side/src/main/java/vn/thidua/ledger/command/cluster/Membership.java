package vn.thidua.ledger.command.cluster;

import vn.thidua.ledger.events.common.UnitRef;

/**
 * Tư cách thành viên cụm: a unit is a member from {@code fromYear} until the year before
 * {@code untilYear} (null while it has not withdrawn).
 */
record Membership(UnitRef unit, int fromYear, Integer untilYear) {

    boolean isMemberIn(int year) {
        return year >= fromYear && (untilYear == null || year < untilYear);
    }

    /** A unit that left may come back from a year after it left; an ongoing membership may not be restarted. */
    boolean allowsAdmissionIn(int year) {
        return untilYear != null && year >= untilYear;
    }

    Membership endingIn(int year) {
        return new Membership(unit, fromYear, year);
    }
}
