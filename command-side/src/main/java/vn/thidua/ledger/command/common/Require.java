package vn.thidua.ledger.command.common;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * Input checks every command handler shares, so that "blank", "too long" and "repeated" mean the
 * same everywhere and always reject with {@link ErrorCode#INVALID_INPUT}.
 */
public final class Require {

    /** Names of units and people; long Vietnamese unit names stay well below this. */
    public static final int MAX_NAME = 300;
    /** Reasons, summaries: a page of text, not a document. */
    public static final int MAX_TEXT = 20_000;

    private Require() {
    }

    public static String name(String field, String value) {
        return text(field, value, MAX_NAME);
    }

    public static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw invalid(field + " is required");
        }
        if (value.length() > max) {
            throw invalid(field + " is longer than " + max + " characters");
        }
        return value;
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw invalid(field + " is required");
        }
        return value;
    }

    public static void notEmptyAndDistinct(String field, Collection<?> values) {
        present(field, values);
        if (values.isEmpty()) {
            throw invalid(field + " must not be empty");
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw invalid(field + " must not contain null");
        }
        distinct(field, values);
    }

    public static void distinct(String field, Collection<?> values) {
        if (new HashSet<>(values).size() != values.size()) {
            throw invalid(field + " must not repeat an entry");
        }
    }

    public static void positive(String field, int value) {
        if (value <= 0) {
            throw invalid(field + " must be positive");
        }
    }

    /** Emulation years the ledger can hold; anything else is a typo. */
    public static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw invalid("year must be between 2000 and 2100, was " + year);
        }
        return year;
    }

    /**
     * The official number of a decision signed on {@code signedOn}, and the id the two give the decision
     * (numbering restarts every year: see {@link DecisionId#of}).
     */
    public static DecisionId decisionId(String number, LocalDate signedOn) {
        text("decision number", number, MAX_NAME);
        present("signed on", signedOn);
        try {
            return DecisionId.of(signedOn.getYear(), number);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
    }

    public static DomainRejection invalid(String message) {
        return new DomainRejection(ErrorCode.INVALID_INPUT, message);
    }
}
