package vn.thidua.ledger.app.integrity;

import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.QueryRejectionCode;

/** {@code from}/{@code to} of an integrity check that are not a range of global indexes: 400. */
class InvalidIntegrityRange extends QueryRejection {

    InvalidIntegrityRange(String message) {
        super(QueryRejectionCode.INVALID_POSITION_RANGE, message);
    }
}
