package vn.thidua.ledger.command.decision;

import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * What other commands need to know about a recorded decision, read from the decision aggregate itself (not from
 * the client, not from a view); see {@link AggregateReader}.
 */
public class DecisionFacts {

    private final AggregateReader<Decision> decisions;

    public DecisionFacts(AggregateReader<Decision> decisions) {
        this.decisions = decisions;
    }

    public DecisionSummary of(DecisionId decisionId) {
        return decisions.read(decisionId.value(), Decision::summary);
    }
}
