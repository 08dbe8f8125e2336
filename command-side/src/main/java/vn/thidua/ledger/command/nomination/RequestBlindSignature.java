package vn.thidua.ledger.command.nomination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Xin chữ ký mù: an eligible voter asks the round to sign their blinded token (base64url). The
 * answer is the blind signature; the round records who got one, not what was signed.
 */
public record RequestBlindSignature(@TargetAggregateIdentifier RoundId roundId, VoterId voterId,
                                    String blindedMessage) {
}
