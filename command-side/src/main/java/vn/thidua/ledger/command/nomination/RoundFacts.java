package vn.thidua.ledger.command.nomination;

import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.RoundId;

/**
 * A closed round's result for the decision that cites it, read from the round aggregate itself,
 * so a decision cannot name winners the votes did not elect; see {@link AggregateReader}.
 */
public class RoundFacts {

    private final AggregateReader<NominationRound> rounds;

    public RoundFacts(AggregateReader<NominationRound> rounds) {
        this.rounds = rounds;
    }

    public RoundResult resultOf(RoundId roundId) {
        return rounds.read(roundId.value(), NominationRound::result);
    }
}
