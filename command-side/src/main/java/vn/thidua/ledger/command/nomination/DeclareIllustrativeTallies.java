package vn.thidua.ledger.command.nomination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;

/** Công bố số phiếu minh họa: declare that the round's ballots, and so its tallies, are illustrative, saying why. */
public record DeclareIllustrativeTallies(@TargetAggregateIdentifier RoundId roundId, String note) {
}
