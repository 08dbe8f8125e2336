package vn.thidua.ledger.app.idempotency;

/** What a completed request answered, kept to be replayed to a retry with the same key. */
public record StoredResponse(int status, String contentType, String location, byte[] body) {
}
