package vn.thidua.ledger.events.nomination;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Cấp lại phiếu bầu kín: the secretariat voided a voter's unused credential and issued a new one
 * (lost after collection, or seen by someone else). Names the voter, for accountability, and the
 * two credential hashes; neither hash can be matched to a ballot, which carries a receipt (a
 * different hash of the credential), so nothing here links the voter to a choice.
 *
 * <p>No longer emitted: secret rounds opened since blind signatures (docs/secret-ballot.md) publish a
 * {@link BallotKeyPublished} instead. Kept, unchanged, so that stored years still read and replay.
 */
@Revision("1")
public record BallotCredentialReissued(RoundId roundId, VoterId voterId, String voidedCredentialHash,
                                       String newCredentialHash) implements NominationEvent {
}
