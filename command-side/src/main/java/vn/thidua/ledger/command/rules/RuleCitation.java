package vn.thidua.ledger.command.rules;

/** Căn cứ pháp lý of one rule: its code (R1..R11, RANKING), what it says, its source and how sure we are. */
public record RuleCitation(String code, String summary, String legalSource, RuleStatus status) {
}
