package vn.thidua.ledger.query.view;

/**
 * A query the query side refuses, with the HTTP status and the stable problem {@code code} to answer with. The app's
 * one exception mapper turns every subclass into problem+json, so a new refusal needs no edit there.
 */
public abstract class QueryRejection extends RuntimeException {

    private final int status;
    private final String code;

    protected QueryRejection(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
