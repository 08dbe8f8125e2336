package vn.thidua.ledger.events.nomination;

import vn.thidua.ledger.events.common.RegistrantId;

/** Số phiếu đồng ý của một ứng viên, as the counting minutes of a paper ballot write it. */
public record CandidateApprovals(RegistrantId registrantId, int approvals) {
}
