package vn.thidua.ledger.query.replay;

import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.QueryRejectionCode;

/**
 * A rebuild that could not start, typically because another node holds the view's token claim (a reset needs every
 * segment): 409 {@code REBUILD_REFUSED}. The processor has been started again, so the view keeps running.
 */
public class RebuildRefusedException extends QueryRejection {

    public RebuildRefusedException(String message) {
        super(QueryRejectionCode.REBUILD_REFUSED, message);
    }
}
