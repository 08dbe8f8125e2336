package vn.thidua.ledger.query.view;

/**
 * A query the query side refuses, with the stable problem {@code code} (and so the HTTP status) to answer with. The app's
 * one exception mapper turns every subclass into problem+json, so a new refusal needs no edit there.
 */
public abstract class QueryRejection extends RuntimeException {

    private final QueryRejectionCode code;

    protected QueryRejection(QueryRejectionCode code, String message) {
        super(message);
        this.code = code;
    }

    public int status() {
        return code.status();
    }

    public QueryRejectionCode code() {
        return code;
    }
}
