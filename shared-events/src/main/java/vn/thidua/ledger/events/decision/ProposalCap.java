package vn.thidua.ledger.events.decision;

import vn.thidua.ledger.events.common.RuleReference;

/**
 * Giới hạn số đề nghị (R6): at most {@code maxProposals} Government flag proposals, computed from
 * the number of collectives leading their clusters by the rule referenced.
 */
public record ProposalCap(RuleReference rule, int leadingCollectives, int maxProposals) {
}
