package vn.thidua.ledger.events.council;

import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Thành viên Hội đồng: a member as appointed, under the id they vote with in the council's rounds, with
 * the unit they work in and their role in the council.
 */
public record CouncilMember(VoterId voterId, String name, UnitRef unit, CouncilRole role) {
}
