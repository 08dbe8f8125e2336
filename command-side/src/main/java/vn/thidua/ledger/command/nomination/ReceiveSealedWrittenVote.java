package vn.thidua.ledger.command.nomination;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.VoterId;

/**
 * Nhận phiếu bầu kín bằng văn bản of an absent member, still sealed, during a secret round's signing phase.
 * {@code receivedOn} only when transcribing a past year (TranscriptionDate).
 */
public record ReceiveSealedWrittenVote(@TargetAggregateIdentifier RoundId roundId, VoterId voterId,
                                       LocalDate receivedOn) {
}
