package vn.thidua.ledger.eventstore;

/** An aggregate's sequences {@code first} through {@code last}: where {@link CommitStartLookup} looks for commits. */
public record SequenceSpan(String aggregateId, long first, long last) {
}
