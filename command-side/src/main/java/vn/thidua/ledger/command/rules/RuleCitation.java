package vn.thidua.ledger.command.rules;

/** Căn cứ pháp lý of one rule: its code ({@link RuleCode}), what it says, its source and how sure we are. */
public record RuleCitation(RuleCode code, String summary, String legalSource, RuleStatus status) {
}
