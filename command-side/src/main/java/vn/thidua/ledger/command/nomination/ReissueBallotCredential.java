package vn.thidua.ledger.command.nomination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Cấp lại phiếu bầu kín: the secretariat voids a voter's credential, if it is unused, and issues a
 * new one to the voter's mailbox. The reason goes to the audit metadata.
 */
public record ReissueBallotCredential(@TargetAggregateIdentifier RoundId roundId, VoterId voterId, String reason) {
}
