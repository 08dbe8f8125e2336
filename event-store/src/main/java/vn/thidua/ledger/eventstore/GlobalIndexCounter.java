package vn.thidua.ledger.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out ranges of global indexes from one counter document.
 * <p>
 * A reservation is a compare-and-set on the counter's value ({@code updateOne} filtered on the value
 * last read) rather than a {@code $inc} with {@code findOneAndUpdate}: on the embedded mongo-java-server
 * the document returned by {@code findOneAndUpdate} is not atomic with its update, so concurrent
 * writers were handed the same values. A conditional {@code updateOne} is race-safe there and on MongoDB.
 * <p>
 * The value last set by this node is remembered, so the usual reservation is one round trip; a failed
 * compare-and-set (another node reserved meanwhile) re-reads the counter. Reservations of one node are
 * serialized in memory, so its own writer threads never race each other on the counter.
 */
final class GlobalIndexCounter {

    static final String COUNTER_ID = "globalIndex";
    private static final String VALUE = "value";

    private final MongoCollection<Document> counters;
    /** The value this node last set (or -1): read without the lock by the tracked reader, hence volatile. */
    private volatile long expected = -1;

    GlobalIndexCounter(MongoCollection<Document> counters) {
        this.counters = counters;
    }

    /** Reserves {@code count} consecutive indexes and returns the first of them (indexes start at 1). */
    synchronized long reserve(int count) {
        while (true) {
            long current = expected >= 0 ? expected : head();
            var result = counters.updateOne(
                    Filters.and(Filters.eq("_id", COUNTER_ID), Filters.eq(VALUE, current)),
                    Updates.set(VALUE, current + count));
            if (result.getModifiedCount() == 1) {
                expected = current + count;
                return current + 1;
            }
            expected = -1;
            if (current == 0 && result.getMatchedCount() == 0) {
                createIfMissing();
            }
        }
    }

    /**
     * The last index this node reserved, without a round trip (-1 if none yet): another node may have reserved more
     * since. Nothing stored by this node is above it.
     */
    long lastReserved() {
        return expected;
    }

    /** The highest index reserved so far: every stored event has an index at or below it. */
    long head() {
        Document counter = counters.find(Filters.eq("_id", COUNTER_ID)).first();
        return counter == null ? 0 : counter.get(VALUE, Number.class).longValue();
    }

    private void createIfMissing() {
        try {
            counters.insertOne(new Document("_id", COUNTER_ID).append(VALUE, 0L));
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }
}
