package vn.thidua.ledger.query.council;

import vn.thidua.ledger.events.council.CouncilRole;

import java.time.LocalDate;

/**
 * Một nhiệm kỳ của thành viên Hội đồng, one document per seat: a member from the day a decision appointed them
 * ({@code from}, by {@code appointedBy}: the establishing decision for the first members) until the day another
 * relieved them ({@code until}, exclusive, by {@code relievedBy}; both null while they sit). A person relieved and
 * appointed again has two seats. Written when the seat begins and once more when it ends.
 *
 * @param number the seat's place in the order of the council's decisions, from 1
 */
public record CouncilSeat(String councilId, int number, String voterId, String name, String unitId, String unitName,
                          CouncilRole role, LocalDate from, String appointedBy, LocalDate until, String relievedBy) {

    boolean sitsOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }

    boolean sitting() {
        return until == null;
    }

    CouncilSeat relieved(LocalDate on, String decisionNumber) {
        return new CouncilSeat(councilId, number, voterId, name, unitId, unitName, role, from, appointedBy, on,
                               decisionNumber);
    }
}
