package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * Reads the global stream after a {@link GapAwareTrackingToken}, in global-index order.
 * <p>
 * Commits are found by {@code $in} on their {@code _id} (the global index of their last event) over a
 * window of indexes after the token, plus the token's gaps. Keying a commit by its <em>last</em> index
 * means a token that stopped in the middle of a commit still finds the rest of it in the next window.
 * <p>
 * A missing index (a <em>hole</em>) before a stored commit is a reservation whose writer has not
 * written yet. Events behind it are held back until the hole fills or until the commit behind it is
 * older than the gap timeout; writers never insert a reservation older than half of that timeout (see
 * {@link MongoEventStorageEngine}), so a hole that old will not fill and is skipped. This keeps
 * delivery in global-index order and bounds the stall caused by a crashed writer to the gap timeout.
 * A hole skipped while recent is still remembered as a gap in the token, so even a writer that broke
 * the timing contract is delivered, late, rather than lost — as long as the processor reads near the
 * head. A processor catching up on commits older than twice the gap timeout carries no gaps at all
 * (like the JDBC engine for old events): by then a hole can no longer fill.
 */
final class TrackedEventReader {

    private final MongoCollection<Document> commits;
    private final GlobalIndexCounter counter;
    private final Clock clock;
    private final Duration gapTimeout;
    private final int maxGapOffset;

    TrackedEventReader(MongoCollection<Document> commits, GlobalIndexCounter counter, Clock clock,
                       Duration gapTimeout, int maxGapOffset) {
        this.commits = commits;
        this.counter = counter;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.maxGapOffset = maxGapOffset;
    }

    List<TrackedEventData<?>> read(GapAwareTrackingToken lastToken, int batchSize) {
        GapAwareTrackingToken start = lastToken == null
                ? GapAwareTrackingToken.newInstance(0, Collections.emptySortedSet())
                : lastToken;
        long index = start.getIndex();
        List<Long> ids = new ArrayList<>(start.getGaps());
        addRange(ids, index + 1, index + batchSize);
        List<Document> found = find(ids);
        List<Document> forward = found.stream().filter(c -> CommitDocument.lastIndex(c) > index).toList();
        if (forward.isEmpty()) {
            forward = lookAhead(index, batchSize);
        }
        Emitter emitter = new Emitter(start, clock.instant());
        found.stream().filter(c -> CommitDocument.lastIndex(c) <= index).forEach(emitter::fillGaps);
        long expected = index + 1;
        for (Document commit : forward) {
            if (CommitDocument.firstIndex(commit) > expected && !emitter.olderThan(commit, gapTimeout)) {
                break;
            }
            emitter.forward(commit);
            expected = CommitDocument.lastIndex(commit) + 1;
            if (emitter.size() >= batchSize) {
                break;
            }
        }
        return emitter.events;
    }

    /**
     * Nothing was found right after the token although indexes beyond it may be reserved: the next
     * commit may be larger than the window, or sit behind a hole. Scan further windows up to the head.
     */
    private List<Document> lookAhead(long index, int window) {
        long head = counter.head();
        for (long from = index + window + 1; from <= head; from += window) {
            List<Long> ids = new ArrayList<>(window);
            addRange(ids, from, Math.min(head, from + window - 1));
            List<Document> found = find(ids);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private List<Document> find(List<Long> ids) {
        List<Document> found = commits.find(Filters.in(CommitDocument.ID, ids)).into(new ArrayList<>());
        found.sort(Comparator.comparingLong(CommitDocument::lastIndex));
        return found;
    }

    private static void addRange(List<Long> ids, long fromInclusive, long toInclusive) {
        for (long i = fromInclusive; i <= toInclusive; i++) {
            ids.add(i);
        }
    }

    /** Turns commits into tracked events, advancing one token event by event. */
    private final class Emitter {

        private final List<TrackedEventData<?>> events = new ArrayList<>();
        private final Instant now;
        private GapAwareTrackingToken token;
        /** Indexes of void commits passed since the last event: never to be waited for as gaps. */
        private final List<Long> voids = new ArrayList<>();

        private Emitter(GapAwareTrackingToken start, Instant now) {
            this.token = start;
            this.now = now;
        }

        int size() {
            return events.size();
        }

        boolean olderThan(Document commit, Duration age) {
            return CommitDocument.committedAt(commit).isBefore(now.minus(age));
        }

        void fillGaps(Document commit) {
            eachEvent(commit, (globalIndex, entry) -> {
                if (token.getGaps().contains(globalIndex)) {
                    emit(token.advanceTo(globalIndex, maxGapOffset), entry);
                }
            });
        }

        void forward(Document commit) {
            // A hole skipped long ago can no longer fill: drop it (and older gaps) instead of carrying it.
            int gapOffset = olderThan(commit, gapTimeout.multipliedBy(2)) ? 0 : maxGapOffset;
            if (CommitDocument.isVoid(commit)) {
                addRange(voids, CommitDocument.firstIndex(commit), CommitDocument.lastIndex(commit));
                return;
            }
            eachEvent(commit, (globalIndex, entry) -> {
                SortedSet<Long> gaps = token.getGaps();
                if (globalIndex > token.getIndex()) {
                    emit(withoutVoids(token.advanceTo(globalIndex, gapOffset)), entry);
                } else if (gaps.contains(globalIndex)) {
                    emit(token.advanceTo(globalIndex, maxGapOffset), entry);
                }
            });
        }

        private GapAwareTrackingToken withoutVoids(GapAwareTrackingToken advanced) {
            GapAwareTrackingToken result = advanced;
            for (Long voidIndex : voids) {
                if (result.getGaps().contains(voidIndex)) {
                    result = result.advanceTo(voidIndex, maxGapOffset);
                }
            }
            voids.clear();
            return result;
        }

        private void emit(GapAwareTrackingToken next, GenericDomainEventEntry<String> entry) {
            token = next;
            events.add(new TrackedDomainEventData<>(next, entry));
        }

        private void eachEvent(Document commit, IndexedEntryConsumer consumer) {
            long globalIndex = CommitDocument.firstIndex(commit);
            for (GenericDomainEventEntry<String> entry : CommitDocument.events(commit)) {
                consumer.accept(globalIndex++, entry);
            }
        }
    }

    @FunctionalInterface
    private interface IndexedEntryConsumer {
        void accept(long globalIndex, GenericDomainEventEntry<String> entry);
    }
}
