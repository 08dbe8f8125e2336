package vn.thidua.ledger.app.web;

import java.io.IOException;

/**
 * Thrown while reading a request body that outgrows the limit. An {@link IOException} so that body
 * readers (Jackson, our idempotency filter) pass it up as a read failure; the advice finds it in
 * the cause chain and answers 413.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes");
    }
}
