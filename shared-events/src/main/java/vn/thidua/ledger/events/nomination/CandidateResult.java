package vn.thidua.ledger.events.nomination;

import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitRef;

/** Kết quả kiểm phiếu của một ứng viên: approvals against the votes the rule required of this base. */
public record CandidateResult(RegistrantId registrantId, String name, UnitRef unit, int approvals, int base,
                              int requiredVotes, CandidateOutcome outcome) {
}
