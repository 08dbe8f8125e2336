package vn.thidua.ledger.query.view;

/**
 * A query parameter the API cannot serve (a bad filter, page size, {@code asOf}): answered 400 with the stable
 * {@link #code()} so clients can tell the causes apart without parsing the message.
 */
public class InvalidQueryException extends QueryRejection {

    /** @param code stable problem code, e.g. {@code INVALID_PAGE_SIZE}; never renamed once published */
    public InvalidQueryException(String code, String message) {
        super(400, code, message);
    }
}
