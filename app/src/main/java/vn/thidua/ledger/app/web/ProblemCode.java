package vn.thidua.ledger.app.web;

/**
 * The {@code code} of problem responses that do not come from a domain rejection ({@code ErrorCode}) or a
 * query-side refusal ({@code QueryRejectionCode}): the API's own. A body carries the constant's name, and
 * clients key on it, so a constant is never renamed.
 */
public enum ProblemCode {

    UNAUTHENTICATED,
    FORBIDDEN,
    VALIDATION_FAILED,
    MALFORMED_REQUEST,
    NOT_FOUND,
    METHOD_NOT_ALLOWED,
    NOT_ACCEPTABLE,
    UNSUPPORTED_MEDIA_TYPE,
    PAYLOAD_TOO_LARGE,
    CONCURRENT_MODIFICATION,
    IDEMPOTENCY_KEY_INVALID,
    IDEMPOTENCY_KEY_REUSED,
    IDEMPOTENCY_REQUEST_IN_PROGRESS,
    TOO_MANY_FAILED_LOGINS,
    COMMAND_TIMED_OUT,
    /** A past year's workbook with problems, listed by sheet, row and column (docs/excel-word.md). */
    WORKBOOK_INVALID,
    INTERNAL_ERROR;

    /** Name of the extension member carrying the code in every problem body. */
    public static final String PROPERTY = "code";

    /** The code for a status when nothing more specific is known. */
    public static ProblemCode forStatus(int status) {
        return switch (status) {
            case 400 -> MALFORMED_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONCURRENT_MODIFICATION;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? INTERNAL_ERROR : MALFORMED_REQUEST;
        };
    }
}
