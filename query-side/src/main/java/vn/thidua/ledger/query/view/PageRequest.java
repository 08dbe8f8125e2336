package vn.thidua.ledger.query.view;

/**
 * A page of a list read: zero-based {@code page}, {@code size} rows, newest or oldest first. Sizes are capped so
 * one request cannot make the server load an unbounded list of documents.
 */
public record PageRequest(int page, int size, Order order) {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    /** Newest first is the default: an auditor usually starts from what happened last. */
    public enum Order { NEWEST_FIRST, OLDEST_FIRST }

    public PageRequest {
        if (page < 0) {
            throw new InvalidQueryException(QueryRejectionCode.INVALID_PAGE, "page must be 0 or more, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException(QueryRejectionCode.INVALID_PAGE_SIZE, "size must be 1-" + MAX_SIZE + ", was " + size);
        }
    }

    /** Parses {@code order=newest|oldest} (case-insensitive; absent = newest). */
    public static Order order(String text) {
        if (text == null || text.isBlank() || text.equalsIgnoreCase("newest")) {
            return Order.NEWEST_FIRST;
        }
        if (text.equalsIgnoreCase("oldest")) {
            return Order.OLDEST_FIRST;
        }
        throw new InvalidQueryException(QueryRejectionCode.INVALID_ORDER, "order must be newest or oldest, was " + text);
    }

    public long offset() {
        return (long) page * size;
    }
}
