package vn.thidua.ledger.command.nomination;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Kết thúc bình xét: stop accepting ballots and compute the result by the round's rule. {@code closedOn} only when
 * the secretariat transcribes a past year's paper round (see TranscriptionDate); otherwise the round closes today.
 */
public record CloseNominationRound(@TargetAggregateIdentifier RoundId roundId, LocalDate closedOn) {

    public CloseNominationRound(RoundId roundId) {
        this(roundId, null);
    }
}
