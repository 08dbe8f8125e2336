package vn.thidua.ledger.command.nomination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Cho phép ký lại: the secretariat lets a voter who lost their signed token ask for one more blind
 * signature. The reason goes to the audit metadata.
 */
public record ReissueBlindSignature(@TargetAggregateIdentifier RoundId roundId, VoterId voterId, String reason) {
}
