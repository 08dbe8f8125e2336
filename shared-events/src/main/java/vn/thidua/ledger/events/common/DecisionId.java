package vn.thidua.ledger.events.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Mã quyết định (identifier of a decision): the year the decision was signed and its official number
 * (số, ký hiệu, e.g. {@code 3456/QĐ-BTP}), {@code 2022_3456-QDd-BTP}. Deriving it, rather than letting
 * callers choose it, makes a number unique in the ledger per year: a second decision with the same number
 * in the same year targets the same aggregate and is refused.
 *
 * <p>Why year and number: each issuer numbers its documents from 01 again every 1 January, and the ký hiệu
 * after the slash names the issuer ({@code BTP}, {@code CTĐIV}), so year + number is issuer + year + serial.
 * Letters keep their identity: {@code Đ} is not {@code D} and {@code Ơ} is not {@code O}, so the
 * Vietnamese marks are kept as lowercase Telex letters after their (uppercase) base letter. Case,
 * spacing and the kind of separator are not part of a number ({@code 12/qđ-btp} is {@code 12/QĐ-BTP}).
 *
 * <p>Decisions recorded before this scheme keep the id they were given then ({@link #legacyOf}): their
 * events carry it, so their histories load and replay unchanged (docs/decisions.md).
 */
public record DecisionId(String value) {

    /** Only a yearly id has it (the legacy scheme turned every run of other characters into '-'), so the two never meet. */
    private static final char YEAR_SEPARATOR = '_';

    public DecisionId {
        IdRules.check("DecisionId", value);
    }

    /** The id of the decision numbered {@code decisionNumber} and signed in {@code signedYear}. */
    public static DecisionId of(int signedYear, String decisionNumber) {
        if (signedYear < 1000 || signedYear > 9999) {
            throw new IllegalArgumentException("the year a decision was signed has four digits, was: " + signedYear);
        }
        return new DecisionId(signedYear + String.valueOf(YEAR_SEPARATOR) + DecisionNumberSpelling.of(decisionNumber));
    }

    /**
     * The id the ledger gave a decision before ids had a year: {@code 3456/QĐ-BTP} became {@code 3456-QD-BTP},
     * marks dropped. Still the id of the decisions recorded then; used to find them, never to record new ones.
     */
    public static DecisionId legacyOf(String decisionNumber) {
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
