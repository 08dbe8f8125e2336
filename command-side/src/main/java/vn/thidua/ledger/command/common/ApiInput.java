package vn.thidua.ledger.command.common;

/**
 * Limits the command endpoints validate request bodies and paths against, before any command is
 * built: an id is what the event contract's ids accept ({@code [A-Za-z0-9._-]}, 1-64, not only
 * dots), so a {@code $} operator, a slash or {@code ..} never reaches the store; texts use the
 * limits of {@link Require}, so the API and the aggregates agree on "too long".
 */
public final class ApiInput {

    public static final String ID = "(?!\\.+$)[A-Za-z0-9._-]{1,64}";
    public static final String ID_MESSAGE = "must be 1-64 characters of A-Z a-z 0-9 . _ - and not only dots";
    /** Units of a cluster, candidates and voters of a round, criteria, titles: far more than any real list. */
    public static final int MAX_ITEMS = 500;
    public static final int MAX_NAME = Require.MAX_NAME;
    public static final int MAX_TEXT = Require.MAX_TEXT;

    private ApiInput() {
    }
}
