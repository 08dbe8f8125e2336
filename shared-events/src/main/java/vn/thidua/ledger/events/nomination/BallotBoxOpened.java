package vn.thidua.ledger.events.nomination;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Mở hòm phiếu: a secret round's signing phase ended and its casting phase began. Every blind
 * signature is recorded before this event and every secret ballot after it, so not even the order
 * of the history can pair a voter's signature with a ballot (docs/secret-ballot.md, "Two phases").
 *
 * @param signaturesIssued blind signatures issued in the signing phase: the most ballots the round can take
 */
@Revision("1")
public record BallotBoxOpened(RoundId roundId, int signaturesIssued, LocalDate openedOn) implements NominationEvent {
}
