package vn.thidua.ledger.command.decision;

import java.util.Optional;
import org.axonframework.modelling.command.AggregateNotFoundException;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.DecisionId;

/** {@link LegacyDecisions} read from the decision aggregates themselves; see {@link AggregateReader}. */
public class LegacyDecisionRegister implements LegacyDecisions {

    private final AggregateReader<Decision> decisions;

    public LegacyDecisionRegister(AggregateReader<Decision> decisions) {
        this.decisions = decisions;
    }

    @Override
    public Optional<DecisionId> yearlyIdOf(DecisionId legacyId) {
        try {
            return Optional.of(decisions.read(legacyId.value(), Decision::yearlyId));
        } catch (AggregateNotFoundException none) {
            return Optional.empty();
        }
    }
}
