package vn.thidua.ledger.query.view;

/**
 * Why the query side refuses a query, with the HTTP status it answers. The {@link #name()} is the problem+json
 * {@code code} clients key on, so a constant is never renamed once published; the command side's rejections
 * have their own catalogue ({@code ErrorCode}), and the app's transport-level codes theirs ({@code ProblemCode}).
 */
public enum QueryRejectionCode {
    /** A negative page number. */
    INVALID_PAGE(400),
    /** A page size outside 1..{@link PageRequest#MAX_SIZE}. */
    INVALID_PAGE_SIZE(400),
    /** An order other than newest or oldest. */
    INVALID_ORDER(400),
    /** A time filter that is not an ISO-8601 instant. */
    INVALID_TIME(400),
    /** A time range whose start is after its end. */
    INVALID_TIME_RANGE(400),
    /** A range of global positions that is not one (negative, or its start after its end). */
    INVALID_POSITION_RANGE(400),
    /** An {@code asOf} that is neither a global position nor an ISO-8601 instant. */
    INVALID_AS_OF(400),
    /** A day ({@code on}) that is not an ISO-8601 date (YYYY-MM-DD). */
    INVALID_DATE(400),
    /** An export of more rows than one file may hold ({@code AuditExportController.MAX_ROWS}): narrow the filter. */
    EXPORT_TOO_LARGE(400),
    /** A what-if whose terms cannot apply (a weight for a criterion the scoring table lacks, a negative one). */
    INVALID_WHAT_IF(400),
    /** A reader who may not see this view. */
    FORBIDDEN(403),
    /** A what-if under a rule-set version the catalog does not hold, or with no rule for the case. */
    UNKNOWN_RULE_SET(404),
    /** A what-if of a round's result while the round is still open: there is no result to compare with yet. */
    ROUND_NOT_CLOSED(409),
    /** A secret round's ballots while it is open: they are published when it closes. */
    BALLOTS_NOT_YET_PUBLISHED(409),
    /** A rebuild that could not start (another node holds the view's token claim). */
    REBUILD_REFUSED(409);

    private final int status;

    QueryRejectionCode(int status) {
        this.status = status;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }
}
