package vn.thidua.ledger.command.nomination;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RoundId;

/** Mở hòm phiếu: ends a secret round's signing phase; from now on ballots are cast and no signature is issued. */
public record OpenBallotBox(@TargetAggregateIdentifier RoundId roundId) {
}
