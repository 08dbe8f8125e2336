package vn.thidua.ledger.command.decision;

import java.util.Optional;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * Quyết định đã ghi theo mã cũ: the decisions recorded before ids had a year, found by their legacy id
 * ({@link DecisionId#legacyOf}), so that a decision already in the ledger under that id is not recorded a
 * second time under its yearly one.
 */
@FunctionalInterface
public interface LegacyDecisions {

    /** The yearly id of the decision recorded under {@code legacyId}, empty when none was. */
    Optional<DecisionId> yearlyIdOf(DecisionId legacyId);
}
