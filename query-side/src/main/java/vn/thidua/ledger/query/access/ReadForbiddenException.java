package vn.thidua.ledger.query.access;

import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.QueryRejectionCode;

/** The reader may not read this view: answered 403 with code {@code FORBIDDEN}, as the URL rules answer. */
public class ReadForbiddenException extends QueryRejection {

    public ReadForbiddenException(String message) {
        super(QueryRejectionCode.FORBIDDEN, message);
    }
}
