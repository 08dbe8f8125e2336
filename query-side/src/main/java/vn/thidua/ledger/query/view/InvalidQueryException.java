package vn.thidua.ledger.query.view;

/**
 * A query parameter the API cannot serve (a bad filter, page size, {@code asOf}): answered 400 with the stable
 * {@link #code()} so clients can tell the causes apart without parsing the message.
 */
public class InvalidQueryException extends QueryRejection {

    /** @param code one of the 400 codes, e.g. {@link QueryRejectionCode#INVALID_PAGE_SIZE} */
    public InvalidQueryException(QueryRejectionCode code, String message) {
        super(code, message);
        if (code.status() != 400) {
            throw new IllegalArgumentException(code + " is not a bad-query code");
        }
    }
}
