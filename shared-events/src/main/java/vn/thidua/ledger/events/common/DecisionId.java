package vn.thidua.ledger.events.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Mã quyết định (identifier of a decision), derived from the decision's official number
 * (số quyết định, e.g. {@code 3456/QĐ-BTP}). Deriving it, rather than letting callers choose it,
 * makes the decision number unique in the ledger: a second decision with the same number targets
 * the same aggregate and is refused.
 */
public record DecisionId(String value) {

    public DecisionId {
        IdRules.check("DecisionId", value);
    }

    /** {@code 3456/QĐ-BTP} becomes {@code 3456-QD-BTP}: diacritics dropped, separators to '-'. */
    public static DecisionId ofNumber(String decisionNumber) {
        if (decisionNumber == null) {
            throw new IllegalArgumentException("decision number is required");
        }
        // Đ/đ is a letter of its own in Unicode, not D plus a mark, so NFD alone keeps it.
        String plain = Normalizer.normalize(decisionNumber.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        String slug = plain.trim().replaceAll("[^A-Za-z0-9.]+", "-").replaceAll("(^-+|-+$)", "");
        return new DecisionId(slug.toUpperCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
