package vn.thidua.ledger.events.nomination;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Ký mù phiếu bầu: the round signed one blinded token for an eligible voter. Naming the voter is
 * public accountability (who received a signature, as the signing sheet of a paper ballot does);
 * the blinded message is a uniformly random number whatever the token, so neither it nor its hash
 * says anything about the token that later votes. The hash lets a voter whose answer was lost ask
 * again with the same blinded message and get the same signature, without a second one.
 *
 * @param blindedMessageHash SHA-256 (hex) of the blinded message's bytes
 */
@Revision("1")
public record BlindSignatureIssued(RoundId roundId, VoterId voterId, String blindedMessageHash)
        implements NominationEvent {
}
