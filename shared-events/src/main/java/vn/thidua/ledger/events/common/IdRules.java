package vn.thidua.ledger.events.common;

import java.util.regex.Pattern;

/**
 * The one shape every identifier in the ledger has. Ids end up in URLs, MongoDB keys and event
 * streams, so anything outside {@code [A-Za-z0-9._-]} (a {@code $} operator, a slash, a dot-only
 * path, control characters) is refused at construction, before it can reach storage.
 */
final class IdRules {

    static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private IdRules() {
    }

    static String check(String kind, String value) {
        if (value == null || !SHAPE.matcher(value).matches() || value.chars().allMatch(c -> c == '.')) {
            throw new IllegalArgumentException(kind + " must be 1-" + MAX_LENGTH
                    + " characters of [A-Za-z0-9._-] and not only dots, was: " + abbreviate(value));
        }
        return value;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…";
    }
}
