package vn.thidua.ledger.query.asof;

import vn.thidua.ledger.query.view.QueryRejection;

/** An {@code asOf} parameter that is neither a global position nor an ISO-8601 instant: 400 {@code INVALID_AS_OF}. */
public class InvalidAsOfException extends QueryRejection {

    public static final String CODE = "INVALID_AS_OF";

    public InvalidAsOfException(String message) {
        super(400, CODE, message);
    }
}
