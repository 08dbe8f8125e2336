package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the token just before the first event at or after an instant, by binary search over global
 * indexes with {@code $in} probes, since a range query on timestamps would scan the whole collection on
 * the embedded server. Event timestamps follow global indexes closely but not strictly (concurrent
 * writers), so the token is exact up to that jitter, like the JDBC engine's.
 */
final class TokenAtInstant {

    private static final int PROBE_WIDTH = 64;

    private final MongoCollection<Document> commits;
    private final GlobalIndexCounter counter;

    TokenAtInstant(MongoCollection<Document> commits, GlobalIndexCounter counter) {
        this.commits = commits;
        this.counter = counter;
    }

    TrackingToken tokenAt(Instant instant) {
        long head = counter.head();
        long low = 1;
        long high = head;
        long firstAtOrAfter = head + 1;
        while (low <= high) {
            long middle = (low + high) >>> 1;
            Document commit = firstCommitFrom(middle, head);
            if (commit == null) {
                high = middle - 1;
            } else if (!timestampOf(commit).isBefore(instant)) {
                firstAtOrAfter = Math.min(firstAtOrAfter, CommitDocument.firstIndex(commit));
                high = middle - 1;
            } else {
                low = CommitDocument.lastIndex(commit) + 1;
            }
        }
        return GapAwareTrackingToken.newInstance(firstAtOrAfter - 1, Collections.emptySortedSet());
    }

    private Document firstCommitFrom(long index, long head) {
        for (long from = index; from <= head; from += PROBE_WIDTH) {
            List<Long> ids = new ArrayList<>(PROBE_WIDTH);
            for (long i = from; i < from + PROBE_WIDTH && i <= head; i++) {
                ids.add(i);
            }
            Document first = commits.find(Filters.in(CommitDocument.ID, ids)).into(new ArrayList<>()).stream()
                                    .min(Comparator.comparingLong(CommitDocument::lastIndex)).orElse(null);
            if (first != null) {
                return first;
            }
        }
        return null;
    }

    private static Instant timestampOf(Document commit) {
        return CommitDocument.isVoid(commit)
                ? CommitDocument.committedAt(commit)
                : CommitDocument.events(commit).get(0).getTimestamp();
    }
}
