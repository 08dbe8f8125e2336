package vn.thidua.ledger.events.nomination;

import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;

/** Thành viên có quyền bỏ phiếu: an eligible voter and the unit it belongs to or represents. */
public record Voter(VoterId voterId, String name, UnitRef unit) {
}
