package vn.thidua.ledger.query.view;

/**
 * A view as stored, with the global index of the last event folded into it: the position doubles as
 * the view's version, so it is the HTTP ETag of a read.
 */
public record Versioned<V>(V view, long position) {

    public String etag() {
        return "\"" + position + "\"";
    }
}
