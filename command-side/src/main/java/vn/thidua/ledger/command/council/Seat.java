package vn.thidua.ledger.command.council;

import java.time.LocalDate;
import vn.thidua.ledger.events.council.CouncilMember;

/**
 * Một nhiệm kỳ của thành viên Hội đồng: one member's time on the council, from the day they were appointed to the
 * day they were relieved (exclusive; null while they sit). A person relieved and appointed again has two seats.
 */
record Seat(CouncilMember member, LocalDate from, LocalDate until) {

    boolean sitsOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    boolean sitting() {
        return until == null;
    }

    Seat relievedOn(LocalDate date) {
        return new Seat(member, from, date);
    }
}
