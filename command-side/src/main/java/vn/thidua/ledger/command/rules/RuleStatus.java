package vn.thidua.ledger.command.rules;

/**
 * How sure we are of a rule's legal basis: V read in a source; V_OLD from the pre-2024 decree and
 * possibly still applied; I inferred from practice. Shown with every rejection the rule causes.
 */
public enum RuleStatus { V, V_OLD, I }
