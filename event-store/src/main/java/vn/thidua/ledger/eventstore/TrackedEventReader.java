package vn.thidua.ledger.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Reads the global stream after a {@link GapAwareTrackingToken}, in global-index order.
 * <p>
 * Commits are found by {@code $in} on their {@code _id} (the global index of their last event) over a
 * window of indexes after the token, plus the token's gaps. Keying a commit by its <em>last</em> index
 * means a token that stopped in the middle of a commit still finds the rest of it in the next window.
 * <p>
 * A missing index (a <em>hole</em>) before a stored commit is a reservation whose writer has not
 * written yet. A hole is never passed while it is missing: events behind it are held back until it
 * fills. Once the commit behind it is older than the gap timeout, the reader fills it itself with one
 * void commit per index (unique {@code _id}s, so a writer's late insert into the hole is refused and that
 * writer retries under fresh indexes, see {@link MongoEventStorageEngine}), and then passes the voids.
 * It voids from the top of the hole down, a window at a time, and stops at the first slot taken: a late
 * commit is keyed by its last index, so it either finds that slot voided and is refused, or holds it, and then
 * the reader voids nothing below it, where the rest of that commit lies. Voided upwards, the reader would put
 * voids inside a commit that lands meanwhile, and the integrity verifier would report that history as
 * rewritten (an overlap) though nobody rewrote it.
 * Of a late writer and a reader, exactly one wins each slot, whatever the clocks say: an event is either
 * stored in a slot before the reader passes it, or not stored there at all. The gap timeout only bounds
 * how long a crashed writer stalls processors. Gaps in tokens stored by earlier versions are still read.
 */
final class TrackedEventReader {

    private static final Logger log = LoggerFactory.getLogger(TrackedEventReader.class);

    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> voidWrites;
    private final GlobalIndexCounter counter;
    private final Clock clock;
    private final Duration gapTimeout;
    private final int maxGapOffset;

    TrackedEventReader(MongoCollection<Document> commits, MongoCollection<Document> voidWrites,
                       GlobalIndexCounter counter, Clock clock, Duration gapTimeout, int maxGapOffset) {
        this.commits = commits;
        this.voidWrites = voidWrites;
        this.counter = counter;
        this.clock = clock;
        this.gapTimeout = gapTimeout;
        this.maxGapOffset = maxGapOffset;
    }

    List<TrackedEventData<?>> read(GapAwareTrackingToken lastToken, int batchSize) {
        Emitter emitter = readOnce(lastToken, batchSize, Expiry.NONE);
        long filledBefore = Long.MAX_VALUE;
        while (emitter.size() == 0 && emitter.fill != null && emitter.fill.madeProgress(filledBefore)) {
            // The hole that held everything back is void now, down to a slot found taken: read again at once. The
            // next pass may find another hole further on, or one below a late commit in that slot (in the hole found
            // expired), and void it; a pass that voided nothing and filled no lower (its voids not yet visible to
            // this read, or refused) leaves the rest to the next poll.
            filledBefore = emitter.fill.lowest();
            emitter = readOnce(lastToken, batchSize, emitter.expiry);
        }
        return emitter.events;
    }

    /** @param expiry the hole an earlier pass of this read found expired, or {@link Expiry#NONE} */
    private Emitter readOnce(GapAwareTrackingToken lastToken, int batchSize, Expiry expiry) {
        GapAwareTrackingToken start = lastToken == null
                ? GapAwareTrackingToken.newInstance(0, Collections.emptySortedSet())
                : lastToken;
        long index = start.getIndex();
        // A tailing reader polls with every new event. Where this node reserved indexes past the token, the window
        // stops at the last of them: a reader of the node that writes asks for the few indexes new since its token,
        // not for a hundred. Later indexes (another node's) are read by the next poll, or by the look-ahead below.
        long lastReserved = counter.lastReserved();
        long windowEnd = lastReserved > index ? Math.min(lastReserved, index + batchSize) : index + batchSize;
        List<Long> ids = new ArrayList<>(start.getGaps());
        addRange(ids, index + 1, windowEnd);
        List<Document> found = find(ids);
        List<Document> forward = found.stream().filter(c -> CommitDocument.lastIndex(c) > index).toList();
        if (forward.isEmpty()) {
            forward = lookAhead(windowEnd + 1, batchSize);
        }
        Emitter emitter = new Emitter(start, clock.instant(), expiry);
        found.stream().filter(c -> CommitDocument.lastIndex(c) <= index).forEach(emitter::fillGaps);
        long expected = index + 1;
        while (!forward.isEmpty()) {
            expected = forward(emitter, forward, expected, batchSize);
            if (expected < 0 || emitter.size() > 0) {
                break;
            }
            // Only voids so far (they do not move the token): the next commit lies beyond them, maybe past the
            // window (a hole longer than it, voided window by window); read on, or this token would be read forever.
            forward = lookAhead(expected, batchSize);
        }
        return emitter;
    }

    /**
     * Emits the commits of {@code forward} from {@code expected} on, until a hole (filled if expired) or a full batch.
     *
     * @return the index after the last commit passed, or -1 if a hole or a full batch ended the pass
     */
    private long forward(Emitter emitter, List<Document> forward, long expected, int batchSize) {
        long next = expected;
        for (Document commit : forward) {
            long firstIndex = CommitDocument.firstIndex(commit);
            if (firstIndex > next) {
                Expiry expired = emitter.expiryBefore(commit);
                if (expired != null) {
                    emitter.expiry = expired;
                    emitter.fill = fill(next, firstIndex - 1, batchSize, expired.behindAt());
                }
                return -1;
            }
            emitter.forward(commit);
            next = CommitDocument.lastIndex(commit) + 1;
            if (emitter.size() >= batchSize) {
                return -1;
            }
        }
        return next;
    }

    /**
     * Fills a hole with one void commit per index, from {@code toInclusive} down, a window per insert, so that no
     * commit can land in it any more. The first slot found taken (by the late commit itself, or another reader's void)
     * stops it: below a late commit lies the rest of that commit, and the next read finds what holds the slot.
     * <p>
     * The voids bear the time of the commit that made the hole expire, not the reader's: a fill stopped partway (an
     * error, a crash) leaves the rest of the hole behind a void that is as old, so the next read voids the rest at
     * once instead of waiting out the gap timeout again; and the voids are no later than the commit above them, so
     * they do not pull {@link TokenAtInstant}'s search back below it (the reader's clock made them later).
     *
     * @return how far it got; {@link Fill#REFUSED} if the store refused the voids otherwise (the events behind the
     *         hole are then held back)
     */
    private Fill fill(long fromInclusive, long toInclusive, int window, Instant stamp) {
        long voided = 0;
        long lowest = toInclusive;
        try {
            for (long top = toInclusive; top >= fromInclusive; top -= window) {
                long bottom = Math.max(fromInclusive, top - window + 1);
                int written = voidDown(top, bottom, stamp);
                voided += written;
                lowest = top - Math.min(written, top - bottom);
                if (written < top - bottom + 1) {
                    break;
                }
            }
        } catch (MongoException e) {
            log.warn("Could not void the hole at global indexes {}..{}; holding back the events behind it",
                     fromInclusive, toInclusive, e);
            return Fill.REFUSED;
        }
        if (voided > 0) {
            log.info("Voided {} of global indexes {}..{}, from the top down: reserved, and unwritten {} after the commit"
                     + " behind them", voided, fromInclusive, toInclusive, gapTimeout);
        }
        return new Fill(lowest, voided);
    }

    /** What a pass's {@link #fill} did: the lowest index it voided or found taken, and how many voids it wrote. */
    private record Fill(long lowest, long voided) {

        static final Fill REFUSED = new Fill(-1, 0);

        /** Whether the next pass may get further: voids written, or a hole filled below {@code filledBefore}. */
        boolean madeProgress(long filledBefore) {
            return lowest >= 0 && (voided > 0 || lowest < filledBefore);
        }
    }

    /**
     * A hole found expired: its top, and the time of the commit behind it, older than the gap timeout when found.
     * Every index up to {@code through} was reserved before that commit.
     */
    private record Expiry(long through, Instant behindAt) {

        /**
         * No hole found expired yet in this read: no index lies at or below its {@code through}, so no void bears its
         * time.
         */
        static final Expiry NONE = new Expiry(-1, Instant.EPOCH);
    }

    /** Voids {@code top} down to {@code bottom}; returns how many, fewer if a slot was found taken. */
    private int voidDown(long top, long bottom, Instant stamp) {
        List<Document> voids = new ArrayList<>();
        for (long i = top; i >= bottom; i--) {
            voids.add(CommitDocument.voidCommit(i, i, stamp));
        }
        try {
            // ordered: the store stops at the first slot taken (its duplicate key) and inserts nothing after it
            voidWrites.insertMany(voids, new InsertManyOptions().ordered(true));
            return voids.size();
        } catch (MongoBulkWriteException e) {
            if (e.getWriteErrors().isEmpty()) {
                throw e; // a write concern error alone: the voids may or may not stand; the caller holds back
            }
            BulkWriteError first = e.getWriteErrors().get(0);
            if (ErrorCategory.fromErrorCode(first.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return first.getIndex();
        }
    }

    /**
     * Nothing was found right after the token although indexes beyond it may be reserved: the next
     * commit may be larger than the window, or sit behind a hole. Scan further windows up to the head.
     */
    private List<Document> lookAhead(long fromIndex, int window) {
        long head = counter.head();
        for (long from = fromIndex; from <= head; from += window) {
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
        /**
         * A hole before a commit made before this instant is filled: the commit that reserved it will not come. This
         * and the next are computed once per read, not per commit: Duration arithmetic allocates BigDecimals.
         */
        private final Instant fillHolesBefore;
        /** A token's gaps before a commit made before this instant are dropped. */
        private final Instant forgetGapsBefore;
        /** What this pass voided, if it found an expired hole. */
        private Fill fill;
        /** The expired hole this read is voiding, or {@link Expiry#NONE}. */
        private Expiry expiry;
        private GapAwareTrackingToken token;
        /** Indexes of void commits passed since the last event: never to be waited for as gaps. */
        private final List<Long> voids = new ArrayList<>();

        private Emitter(GapAwareTrackingToken start, Instant now, Expiry expiry) {
            this.token = start;
            this.expiry = expiry;
            this.fillHolesBefore = now.minus(gapTimeout);
            this.forgetGapsBefore = now.minus(gapTimeout.multipliedBy(2));
        }

        int size() {
            return events.size();
        }

        /**
         * Whether a hole before {@code commit} is old enough to fill, and since which commit: it lies in one found so
         * (its indexes were all reserved before the commit behind that one), whose top this read has voided already,
         * or the commit is older than the gap timeout.
         *
         * @return the expired hole it belongs to, or {@code null} if it must still be waited for
         */
        Expiry expiryBefore(Document commit) {
            long top = CommitDocument.firstIndex(commit) - 1;
            if (top <= expiry.through()) {
                return expiry;
            }
            Instant committedAt = CommitDocument.committedAt(commit);
            return committedAt.isBefore(fillHolesBefore) ? new Expiry(top, committedAt) : null;
        }

        void fillGaps(Document commit) {
            eachEvent(commit, (globalIndex, entry) -> {
                if (token.getGaps().contains(globalIndex)) {
                    emit(token.advanceTo(globalIndex, maxGapOffset), entry);
                }
            });
        }

        void forward(Document commit) {
            // Gaps of tokens stored by earlier versions: a hole skipped long ago can no longer fill, drop it.
            int gapOffset = CommitDocument.committedAt(commit).isBefore(forgetGapsBefore) ? 0 : maxGapOffset;
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

        /**
         * The token without the passed voids among its gaps. The gaps are copied once: advancing the token past each
         * void in turn copied them per void, which made a long voided hole quadratic (seconds for 100k voids).
         */
        private GapAwareTrackingToken withoutVoids(GapAwareTrackingToken advanced) {
            if (voids.isEmpty()) {
                return advanced;
            }
            SortedSet<Long> gaps = new TreeSet<>(advanced.getGaps());
            boolean removed = false;
            for (Long voidIndex : voids) {
                removed |= gaps.remove(voidIndex);
            }
            voids.clear();
            return removed ? GapAwareTrackingToken.newInstance(advanced.getIndex(), gaps) : advanced;
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
