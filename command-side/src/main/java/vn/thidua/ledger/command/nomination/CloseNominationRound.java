package vn.thidua.ledger.command.nomination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;

/** Kết thúc bình xét: stop accepting ballots and compute the result by the round's rule. */
public record CloseNominationRound(@TargetAggregateIdentifier RoundId roundId) {
}
