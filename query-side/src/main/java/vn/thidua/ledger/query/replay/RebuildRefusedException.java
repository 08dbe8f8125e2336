package vn.thidua.ledger.query.replay;

import vn.thidua.ledger.query.view.QueryRejection;

/**
 * A rebuild that could not start, typically because another node holds the view's token claim (a reset needs every
 * segment): 409 {@code REBUILD_REFUSED}. The processor has been started again, so the view keeps running.
 */
public class RebuildRefusedException extends QueryRejection {

    public static final String CODE = "REBUILD_REFUSED";

    public RebuildRefusedException(String message) {
        super(409, CODE, message);
    }
}
