package vn.thidua.ledger.query.view;

/** Texts the query endpoints' OpenAPI annotations share, so every endpoint explains asOf and ETags alike. */
public final class ApiDocs {

    public static final String AS_OF = "Read the view as it stood then: a global position of the event stream "
            + "(digits, every event at or below it counts) or an ISO-8601 instant (every event stamped at or before "
            + "it counts). Folded from the events by the same code as the live view. Absent: the live view.";
    public static final String AS_OF_EXAMPLE = "2022-12-09T03:00:00Z";
    public static final String ETAG = "The view's position (global index of the last event that changed it) as a "
            + "strong ETag; send it back in If-None-Match to get 304 while nothing changed.";
    public static final String NOT_MODIFIED = "Not modified since the ETag sent in If-None-Match.";
    public static final String BAD_AS_OF = "asOf is neither digits nor an ISO-8601 instant (code INVALID_AS_OF).";
    public static final String PROBLEM = "application/problem+json";
    public static final String NOT_YOUR_CAMPAIGN = "A unit representative whose unit does not belong to the campaign "
            + "(FORBIDDEN).";
    public static final String PAGE = "Zero-based page number.";
    public static final String SIZE = "Items per page, 1 to " + Page.MAX_SIZE + ".";

    private ApiDocs() {
    }
}
