package vn.thidua.ledger.command.rules;

/**
 * How sure we are of a rule's legal basis (DOMAIN.md, "Status"): V read in a source; V_OLD from the
 * pre-2024 decree and possibly still applied; I inferred from practice; U unverified: the legal text could not be
 * read where the rule was written (no copy of it at hand), so the parameter is the team's best reading. Kept with each rule in its
 * rule-set file for whoever reviews the rules against the law; rejections and events cite only the
 * rule's code and legal source, not this status.
 */
public enum RuleStatus { V, V_OLD, I, U }
