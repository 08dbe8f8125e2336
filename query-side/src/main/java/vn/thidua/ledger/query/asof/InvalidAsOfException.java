package vn.thidua.ledger.query.asof;

import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.QueryRejectionCode;

/** An {@code asOf} parameter that is neither a global position nor an ISO-8601 instant: 400 {@code INVALID_AS_OF}. */
public class InvalidAsOfException extends QueryRejection {

    public InvalidAsOfException(String message) {
        super(QueryRejectionCode.INVALID_AS_OF, message);
    }
}
