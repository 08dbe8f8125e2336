package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.serialization.SerializedObject;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Finds the events at given global indexes, for a reader that holds its own index of the stream and shows each event
 * from the ledger itself (the audit history's payloads). A commit is keyed by the index of its <em>last</em> event, so
 * the commit holding index {@code i} has the smallest key at or above {@code i}: each round asks, with one {@code $in}
 * on the unique {@code _id}, for the next keys above every index not found yet, twice as many as the round before.
 * Most commits hold one event, so most reads are one round; a commit of {@code n} events takes about log2(n) rounds,
 * each key asked once. An index in a void or a hole is settled by the first commit above it, or by the head.
 */
final class EventsAtIndexes {

    private final MongoCollection<Document> commits;

    EventsAtIndexes(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    /**
     * @param indexes global indexes; those below 1, above the head or in a void commit have no event and are left out
     * @param head    the highest index reserved (no commit is keyed above it): asked only if the first round, which
     *                asks for the indexes themselves, leaves some not found
     */
    Map<Long, StoredPayload> payloads(Collection<Long> indexes, LongSupplier head) {
        TreeSet<Long> wanted = new TreeSet<>(indexes);
        wanted.headSet(1L).clear();
        Map<Long, StoredPayload> found = new HashMap<>();
        TreeMap<Long, Document> byKey = new TreeMap<>();
        // Every key asked so far, found or not: the ranges of neighbouring indexes overlap.
        Set<Long> asked = new HashSet<>();
        long top = Long.MAX_VALUE;
        // Keys index + from .. index + reach - 1 are asked in a round; those below were asked in the rounds before.
        long from = 0;
        for (long reach = 1; !wanted.isEmpty(); from = reach, reach *= 2) {
            if (from > 0 && top == Long.MAX_VALUE) {
                top = head.getAsLong();
                wanted.tailSet(top, false).clear();
            }
            TreeSet<Long> keys = new TreeSet<>();
            for (long index : wanted) {
                for (long key = index + from; key < index + reach && key <= top; key++) {
                    if (asked.add(key)) {
                        keys.add(key);
                    }
                }
            }
            if (!keys.isEmpty()) {
                commits.find(Filters.in(CommitDocument.ID, new ArrayList<>(keys)))
                       .forEach(commit -> byKey.put(CommitDocument.lastIndex(commit), commit));
            }
            for (Iterator<Long> it = wanted.iterator(); it.hasNext(); ) {
                long index = it.next();
                Map.Entry<Long, Document> next = byKey.ceilingEntry(index);
                // The first commit at or above the index, its key asked: it holds the index, or the index lies in a
                // hole below it (every key between them was asked, none is stored), which holds no event.
                if (next != null && next.getKey() < index + reach) {
                    it.remove();
                    event(next.getValue(), index).ifPresent(event -> found.put(index, event));
                } else if (index + reach > top) {
                    // Every key up to the head asked, none at or above the index stored: a reservation not yet written.
                    it.remove();
                }
            }
        }
        return found;
    }

    /** The event of {@code commit} at {@code index}: none for a void, nor for an index below the commit. */
    private static Optional<StoredPayload> event(Document commit, long index) {
        return CommitDocument.eventAt(commit, index - CommitDocument.firstIndex(commit)).map(event -> {
            SerializedObject<String> payload = event.getPayload();
            return new StoredPayload(payload.getType().getName(), payload.getType().getRevision(), payload.getData());
        });
    }
}
