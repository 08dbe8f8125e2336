package vn.thidua.ledger.events.nomination;

/**
 * Kết quả của một ứng viên. TIED_AT_CAP: passed the threshold but tied with others for the last
 * place(s) under the winners cap; the round does not pick among them, a run-off or the council does.
 */
public enum CandidateOutcome { ELECTED, BELOW_THRESHOLD, OUTRANKED, TIED_AT_CAP, NO_QUORUM }
