package vn.thidua.ledger.command.common;

/**
 * Stable codes of every domain rejection. Clients key on the code, never on the message text,
 * so a code is never renamed or reused once published; add new ones instead.
 */
public enum ErrorCode {
    /** A referenced aggregate (cluster, campaign, round, ...) does not exist. */
    NOT_FOUND(Kind.NOT_FOUND),
    /** The aggregate already exists; a create command was sent twice with the same id. */
    ALREADY_EXISTS(Kind.CONFLICT),
    /** Another writer changed the aggregate since it was read; retry with fresh state. */
    CONCURRENT_MODIFICATION(Kind.CONFLICT);

    /** How a rejection maps to HTTP: the API layer decides the status from this alone. */
    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT }

    private final Kind kind;

    ErrorCode(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
