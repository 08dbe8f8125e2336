package vn.thidua.ledger.command.proposal;

/** Trạng thái hồ sơ đề nghị at its current level: awaiting an answer, returned to be completed, or ended. */
enum ProposalStatus { SUBMITTED, RETURNED, APPROVED, REFUSED }
