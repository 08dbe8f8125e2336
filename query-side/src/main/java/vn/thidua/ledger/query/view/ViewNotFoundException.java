package vn.thidua.ledger.query.view;

/** The view asked for does not exist (yet): answered 404 with code {@code NOT_FOUND}. */
public class ViewNotFoundException extends RuntimeException {

    public ViewNotFoundException(String message) {
        super(message);
    }
}
