package vn.thidua.ledger.app.integrity;

import vn.thidua.ledger.app.web.ProblemCodes;
import vn.thidua.ledger.query.view.QueryRejection;

/** {@code from}/{@code to} of an integrity check that are not a range of global indexes: 400. */
class InvalidIntegrityRange extends QueryRejection {

    InvalidIntegrityRange(String message) {
        super(400, ProblemCodes.VALIDATION_FAILED, message);
    }
}
