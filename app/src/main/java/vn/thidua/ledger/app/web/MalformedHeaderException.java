package vn.thidua.ledger.app.web;

/**
 * A request header the API reads (such as {@code X-Reason}) that cannot be read as documented; the advice answers
 * {@code 400 MALFORMED_REQUEST} with this message, which is written for the client and quotes nothing it sent.
 */
public class MalformedHeaderException extends RuntimeException {

    public MalformedHeaderException(String message) {
        super(message);
    }
}
