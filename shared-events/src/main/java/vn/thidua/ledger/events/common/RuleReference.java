package vn.thidua.ledger.events.common;

import java.util.Objects;

/**
 * Căn cứ quy định (the rule that decided something): which rule set and version was applied, the
 * rule's code (R1..R11) and its legal source. Every event whose content a rule decided carries
 * one, so a past year can be explained, and replayed, under the rules of its own time.
 */
public record RuleReference(String ruleSetId, int ruleSetVersion, String ruleCode, String legalSource) {

    public RuleReference {
        Objects.requireNonNull(ruleSetId, "ruleSetId");
        Objects.requireNonNull(ruleCode, "ruleCode");
        Objects.requireNonNull(legalSource, "legalSource");
    }
}
