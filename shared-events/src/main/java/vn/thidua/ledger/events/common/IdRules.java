package vn.thidua.ledger.events.common;

/**
 * The one shape every identifier in the ledger has. Ids end up in URLs, MongoDB keys and event
 * streams, so anything outside {@code [A-Za-z0-9._-]} (a {@code $} operator, a slash, a dot-only
 * path, control characters) is refused at construction, before it can reach storage.
 */
final class IdRules {

    static final int MAX_LENGTH = 64;

    private IdRules() {
    }

    static String check(String kind, String value) {
        if (!hasShape(value)) {
            throw new IllegalArgumentException(kind + " must be 1-" + MAX_LENGTH
                    + " characters of [A-Za-z0-9._-] and not only dots, was: " + abbreviate(value));
        }
        return value;
    }

    /**
     * {@code [A-Za-z0-9._-]{1,64}}, not only dots: a loop, not a regular expression, as every id of every event read
     * is checked again when it is deserialized (a matcher per id was a tenth of a rebuild's reads' allocations).
     */
    private static boolean hasShape(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_LENGTH) {
            return false;
        }
        boolean onlyDots = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowed = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
                    || c == '-' || c == '.';
            if (!allowed) {
                return false;
            }
            onlyDots &= c == '.';
        }
        return !onlyDots;
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + "…";
    }
}
