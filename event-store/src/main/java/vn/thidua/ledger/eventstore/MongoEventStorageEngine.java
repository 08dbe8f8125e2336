package vn.thidua.ledger.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.MongoWriteException;
import com.mongodb.ReadConcern;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.common.AxonConfigurationException;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.BatchingEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.eventsourcing.snapshotting.SnapshotFilter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.UnknownSerializedType;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Axon event storage engine on MongoDB, with the semantics of Axon's JDBC engine: a global index for
 * every event, {@link GapAwareTrackingToken}s, optimistic concurrency per aggregate, snapshots.
 * <p>
 * The events of one unit of work for one aggregate are one <em>commit document</em>; a single-document
 * insert is atomic, so a crash never leaves half a commit. Its unique {@code commitKey} (aggregate id and
 * first sequence number) makes the second of two writers that loaded the same version fail with Axon's
 * {@code ConcurrencyException}. Every read is an exact-match or {@code $in} lookup on a unique key,
 * which is what the embedded mongo-java-server can serve without a collection scan.
 * <p>
 * No event acknowledged and then skipped: a reader never passes a missing global index, it fills an old
 * hole with void commits (see {@link TrackedEventReader}), and a writer's insert into a voided slot is
 * refused by the unique {@code _id}, after which the writer retries under fresh indexes. An insert left
 * without an answer is settled by voiding its own slot. Clocks only decide when readers void a hole: a
 * writer still voids its own reservation once it is older than half the gap timeout, to spare the retry.
 * <p>
 * Tamper evidence (docs/integrity.md): each commit carries {@code hash} = {@link CommitHash} over its content
 * and {@code prevHash}, the hash of its aggregate's previous commit ({@link CommitChain}); an
 * {@link IntegritySealer} seals settled ranges into signed checkpoints and an {@link IntegrityVerifier} checks
 * both. Commits written before the chain have no hash and are read as before.
 * <p>
 * A unit of work that touches several aggregates is stored as one commit per aggregate, each atomic; the
 * domain sends one command to one aggregate, so this does not arise in practice.
 */
public class MongoEventStorageEngine extends BatchingEventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(MongoEventStorageEngine.class);
    private static final int MAX_RESERVATIONS = 5;
    /** The collection of commit documents, for tools that read the store directly (benchmarks, backups). */
    public static final String COMMITS_COLLECTION = EventStoreCollections.COMMITS;

    private final EventStoreCollections collections;
    /** The commits, for inserts: each bounded by the insert timeout, well within a reservation's lifetime. */
    private final MongoCollection<Document> writes;
    /**
     * The commits read at local concern, to read a slot back after a duplicate-key error: the document that
     * caused it is on the primary, perhaps not yet majority-committed.
     */
    private final MongoCollection<Document> ownWrites;
    private final GlobalIndexCounter counter;
    private final EventsAtIndexes eventsAtIndexes;
    private final TrackedEventReader trackedReader;
    private final AggregateStreamReader aggregateReader;
    private final CommitChain chain;
    private final Clock clock;
    private final Duration maxReservationAge;
    private final UndecodableEventListener undecodableEventListener;

    protected MongoEventStorageEngine(Builder builder) {
        super(builder);
        this.collections = EventStoreCollections.in(builder.database);
        this.counter = new GlobalIndexCounter(collections.counters());
        this.clock = builder.clock;
        this.maxReservationAge = builder.gapTimeout.dividedBy(2);
        Duration insertTimeout = builder.insertTimeout != null ? builder.insertTimeout : builder.gapTimeout.dividedBy(4);
        this.writes = collections.commits().withTimeout(insertTimeout.toMillis(), TimeUnit.MILLISECONDS);
        this.ownWrites = collections.commits().withReadConcern(ReadConcern.LOCAL);
        this.undecodableEventListener = builder.undecodableEventListener;
        this.trackedReader = new TrackedEventReader(collections.commits(), writes, counter, clock,
                                                    builder.gapTimeout, builder.maxGapOffset);
        this.aggregateReader = new AggregateStreamReader(collections.commits());
        this.eventsAtIndexes = new EventsAtIndexes(collections.commits());
        this.chain = new CommitChain(ownWrites);
        collections.ensureIndexes();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The global index of the newest stored event: the position a fully caught-up processor reaches. Not the
     * counter itself, which also covers void commits and abandoned reservations at the tail, which no
     * processor's token can ever reach (a token only moves with an event).
     */
    public long headIndex() {
        long reserved = counter.head();
        int window = batchSize();
        for (long to = reserved; to >= 1; to -= window) {
            List<Long> ids = new ArrayList<>(window);
            for (long id = Math.max(1, to - window + 1); id <= to; id++) {
                ids.add(id);
            }
            long newest = 0;
            for (Document commit : collections.commits().find(Filters.in(CommitDocument.ID, ids))) {
                if (!CommitDocument.isVoid(commit)) {
                    newest = Math.max(newest, CommitDocument.lastIndex(commit));
                }
            }
            if (newest > 0) {
                return newest;
            }
        }
        return 0;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return super.readEvents(trackingToken, mayBlock).peek(event -> {
            if (UnknownSerializedType.class.equals(event.getPayloadType())) {
                undecodableEventListener.onUnknownPayloadType(event);
            }
        });
    }

    @Override
    protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
        if (events.isEmpty()) {
            return;
        }
        List<List<? extends EventMessage<?>>> groups = perAggregate(events);
        List<Document> commits = new ArrayList<>(groups.size());
        for (List<? extends EventMessage<?>> group : groups) {
            Document commit = CommitDocument.of(group, serializer);
            chain.link(commit);
            commits.add(commit);
        }
        int attempts = 0;
        int from = 0;
        while (from < commits.size()) {
            if (++attempts > MAX_RESERVATIONS) {
                throw new EventStoreException("Could not write a commit within " + maxReservationAge
                                                      + " of reserving its global indexes, " + MAX_RESERVATIONS + " times");
            }
            from = insertFrom(from, commits, groups);
        }
    }

    /**
     * Reserves indexes for the commits from {@code from} on and inserts them in order.
     * Returns the number of commits written in all, which is less than their count when the reservation
     * aged or was taken and the rest must be written under fresh indexes.
     */
    private int insertFrom(int from, List<Document> commits, List<List<? extends EventMessage<?>>> groups) {
        int count = commits.subList(from, commits.size()).stream().mapToInt(CommitDocument::size).sum();
        long next = counter.reserve(count);
        Instant reservedAt = clock.instant();
        long end = next + count - 1;
        for (int i = from; i < commits.size(); i++) {
            Instant now = clock.instant();
            if (now.isAfter(reservedAt.plus(maxReservationAge))) {
                log.warn("Global indexes {}..{} were reserved {} ago; voiding them and reserving anew",
                         next, end, Duration.between(reservedAt, now));
                voidQuietly(next, end);
                return i;
            }
            Document commit = CommitDocument.numbered(commits.get(i), next, now);
            Insert insert = insert(commit);
            if (insert.outcome == Outcome.INDEX_TAKEN) {
                // A reader voided the slot (this writer was too slow), this writer's settling void holds it, or the
                // counter's last guard: take fresh ones. Only the slots above it are voided here: the commit's own
                // are held by that void, or by a reader's, which void from the top down, so fill below themselves.
                // (Behind the counter's guard, slots below the other commit stay empty for readers to void: a void
                // from here would lie over that commit.)
                long taken = CommitDocument.lastIndex(commit);
                log.warn("Global index {} is already used; reserving anew", taken);
                voidQuietly(taken + 1, end);
                return i;
            }
            if (insert.outcome == Outcome.KEY_TAKEN) {
                voidQuietly(next, end);
                handlePersistenceException(insert.duplicate, groups.get(i).get(0));
            }
            chain.written(commit);
            next += CommitDocument.size(commit);
        }
        return commits.size();
    }

    private enum Outcome { WRITTEN, INDEX_TAKEN, KEY_TAKEN }

    private record Insert(Outcome outcome, MongoWriteException duplicate) {
        static final Insert WRITTEN = new Insert(Outcome.WRITTEN, null);
        static final Insert INDEX_TAKEN = new Insert(Outcome.INDEX_TAKEN, null);
    }

    /**
     * Inserts one commit, bounded by the insert timeout, and says what the store holds afterwards. An insert
     * whose answer did not come (timeout, broken connection) may still land later; it is settled by voiding
     * its slot: either the void lands first and the commit can never land, or the commit is found in its slot.
     * So this writer acknowledges exactly the commits that are stored, and a reader never passes a slot
     * without a document in it (see {@link TrackedEventReader}), so a stored commit is always seen.
     */
    private Insert insert(Document commit) {
        try {
            writes.insertOne(commit);
            return Insert.WRITTEN;
        } catch (MongoWriteException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
            return whatHolds(commit, e);
        } catch (MongoTimeoutException | MongoSocketException | MongoExecutionTimeoutException e) {
            return settle(commit, e);
        }
    }

    private Insert settle(Document commit, MongoException unanswered) {
        long lastIndex = CommitDocument.lastIndex(commit);
        log.warn("No answer to the insert of global indexes {}..{}; voiding them unless it landed",
                 CommitDocument.firstIndex(commit), lastIndex, unanswered);
        try {
            writes.insertOne(CommitDocument.voidCommit(CommitDocument.firstIndex(commit), lastIndex, clock.instant()));
            return Insert.INDEX_TAKEN;
        } catch (MongoWriteException e) {
            if (!isDuplicate(e)) {
                throw outcomeUnknown(lastIndex, unanswered);
            }
            return whatHolds(commit, e);
        } catch (MongoException e) {
            throw outcomeUnknown(lastIndex, unanswered);
        }
    }

    private static EventStoreException outcomeUnknown(long lastIndex, MongoException cause) {
        return new EventStoreException("The insert of the commit at global index " + lastIndex
                                               + " got no answer and could not be settled; it may still be stored,"
                                               + " and is then delivered to processors like any other", cause);
    }

    /**
     * After a duplicate-key error, which unique key was hit is read from the store, not from the error's
     * text: the commit's own slot ({@code _id}) holds this very commit (a retried write that had landed),
     * another commit or a void (the index is taken), or nothing (then the commit key is taken).
     */
    private Insert whatHolds(Document commit, MongoWriteException duplicate) {
        Document holder = ownWrites.find(Filters.eq(CommitDocument.ID, CommitDocument.lastIndex(commit))).first();
        if (holder == null) {
            return new Insert(Outcome.KEY_TAKEN, duplicate);
        }
        return CommitDocument.sameCommit(holder, commit) ? Insert.WRITTEN : Insert.INDEX_TAKEN;
    }

    private void insertVoid(long firstIndex, long lastIndex) {
        writes.insertOne(CommitDocument.voidCommit(firstIndex, lastIndex, clock.instant()));
    }

    /**
     * After a failed insert: fill the reservation so readers need not wait out the gap timeout. A slot already
     * taken (by a reader's void, or by this writer's own settling void) needs no filling.
     */
    private void voidQuietly(long firstIndex, long lastIndex) {
        if (firstIndex > lastIndex) {
            return;
        }
        try {
            insertVoid(firstIndex, lastIndex);
        } catch (RuntimeException e) {
            if (!isDuplicate(e)) {
                log.warn("Could not void global indexes {}..{}; readers will void them after the gap timeout",
                         firstIndex, lastIndex, e);
            }
        }
    }

    private static boolean isDuplicate(Exception e) {
        return e instanceof MongoWriteException w && ErrorCategory.fromErrorCode(w.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    private static List<List<? extends EventMessage<?>>> perAggregate(List<? extends EventMessage<?>> events) {
        List<List<? extends EventMessage<?>>> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= events.size(); i++) {
            if (i == events.size() || !Objects.equals(aggregateOf(events.get(i)), aggregateOf(events.get(start)))) {
                groups.add(events.subList(start, i));
                start = i;
            }
        }
        return groups;
    }

    private static String aggregateOf(EventMessage<?> event) {
        return event instanceof DomainEventMessage<?> domainEvent ? domainEvent.getAggregateIdentifier() : null;
    }

    @Override
    protected void storeSnapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        Document document = CommitDocument.snapshot(snapshot, serializer);
        try {
            // Replaces only an older snapshot; a newer one makes the upsert collide on _id, which is fine.
            collections.snapshots().replaceOne(
                    Filters.and(Filters.eq(CommitDocument.ID, snapshot.getAggregateIdentifier()),
                                Filters.lt("sequence", snapshot.getSequenceNumber())),
                    document, new ReplaceOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!isDuplicate(e)) {
                throw e;
            }
        }
    }

    @Override
    protected Stream<? extends DomainEventData<?>> readSnapshotData(String aggregateIdentifier) {
        Document snapshot = collections.snapshots().find(Filters.eq(CommitDocument.ID, aggregateIdentifier)).first();
        return snapshot == null ? Stream.empty() : Stream.of(CommitDocument.snapshotEntry(snapshot));
    }

    @Override
    protected List<? extends TrackedEventData<?>> fetchTrackedEvents(TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof GapAwareTrackingToken)) {
            throw new IllegalArgumentException("Expected a GapAwareTrackingToken, got " + lastToken);
        }
        return trackedReader.read((GapAwareTrackingToken) lastToken, batchSize);
    }

    @Override
    protected List<? extends DomainEventData<?>> fetchDomainEvents(String aggregateIdentifier,
                                                                    long firstSequenceNumber, int batchSize) {
        return aggregateReader.read(aggregateIdentifier, firstSequenceNumber, batchSize);
    }

    /** What {@link #readRange} found: the events, and the latest commit start of the range. */
    public record AggregateRange(DomainEventStream events, long latestCommitStart) {
    }

    /**
     * The aggregate's events from {@code first} (which must start a commit: {@code readEvents} starts only at one)
     * through {@code last} (a commit that goes on past {@code last} adds its later events), and the latest sequence
     * after {@code first} and at most {@code last} from which the stream can be read again, or {@code first} if there
     * is none: for whoever must cut a stream at a commit boundary (fold checkpoints). One lookup of exactly the range's
     * commit keys, where {@code readEvents} asks for a whole batch's (a range longer than a batch: one per batch).
     */
    public AggregateRange readRange(String aggregateId, long first, long last) {
        AggregateStreamReader.Range range = aggregateReader.range(aggregateId, first, last, batchSize());
        return new AggregateRange(EventStreamUtils.upcastAndDeserializeDomainEvents(
                range.events().stream(), getEventSerializer(), upcasterChain), range.latestCommitStart());
    }

    /**
     * {@link #readRange}'s latest commit start alone, from the commits' keys and sequences without their events: for a
     * caller that holds the events already.
     */
    public long latestCommitStart(String aggregateId, long first, long last) {
        return aggregateReader.latestCommitStart(aggregateId, first, last, batchSize());
    }

    /**
     * Where commits start in the spans of many aggregates, with one lookup of all their commit keys (sequences only):
     * for a caller that needs {@link #latestCommitStart} of many ranges at once (the fold checkpoints of the buckets a
     * processor batch closes), one round trip instead of one per range.
     */
    public CommitStartLookup commitStarts(Collection<SequenceSpan> spans) {
        return aggregateReader.commitStarts(spans, batchSize());
    }

    /**
     * The stored payloads of the events at {@code indexes} (global positions), as the serializer wrote them and not
     * upcast: for a reader that keeps its own index of the stream and shows each event from the ledger itself (the
     * audit history). An index that holds no event (none stored there, or a void) is left out. Most commits hold one
     * event, so this is one lookup by {@code _id}; see {@link EventsAtIndexes} for longer commits.
     */
    public Map<Long, StoredPayload> payloadsAt(Collection<Long> indexes) {
        return eventsAtIndexes.payloads(indexes, counter::head);
    }

    @Override
    protected boolean fetchForAggregateUntilEmpty() {
        // A batch may end at a commit boundary before batchSize events, so only an empty batch ends the stream.
        return true;
    }

    /**
     * The collections whose writes a store may make durable together with the next write instead of each on its own:
     * the global index counter. Every reservation is followed by the insert of the commit that uses it (or of a void
     * commit in its place), and storing that insert stores the reservation with it; a reservation lost in a crash was
     * used by no stored commit, so the counter is never behind a stored index.
     */
    public static Set<String> collectionsDurableWithTheNextWrite() {
        return Set.of(EventStoreCollections.COUNTERS);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        long from = readSnapshotData(aggregateIdentifier).findFirst().map(s -> s.getSequenceNumber() + 1).orElse(0L);
        Optional<Long> last = readEventData(aggregateIdentifier, from)
                .reduce((a, b) -> b).map(DomainEventData::getSequenceNumber);
        return last.isPresent() || from == 0 ? last : Optional.of(from - 1);
    }

    @Override
    public TrackingToken createTailToken() {
        return null;
    }

    @Override
    public TrackingToken createHeadToken() {
        return GapAwareTrackingToken.newInstance(headIndex(), Collections.emptySortedSet());
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return new TokenAtInstant(collections.commits(), counter).tokenAt(dateTime);
    }

    /** Builds a {@link MongoEventStorageEngine}; the database and the serializers are required. */
    public static class Builder extends BatchingEventStorageEngine.Builder {

        private MongoDatabase database;
        private Clock clock = Clock.systemUTC();
        private Duration gapTimeout = Duration.ofSeconds(10);
        private Duration insertTimeout;
        private int maxGapOffset = 10_000;
        private UndecodableEventListener undecodableEventListener = UndecodableEventListener.NONE;

        public Builder() {
            persistenceExceptionResolver(MongoEventStorageEngine::isDuplicate);
        }

        public Builder database(MongoDatabase database) {
            this.database = database;
            return this;
        }

        /** The clock that stamps commits; readers compare it with the gap timeout. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long readers hold back events behind a missing global index before skipping it. */
        public Builder gapTimeout(Duration gapTimeout) {
            this.gapTimeout = Objects.requireNonNull(gapTimeout, "gapTimeout");
            return this;
        }

        /**
         * The bound of every insert into the commits (driver timeout, {@code timeoutMS}); default a quarter of
         * the gap timeout, so that a writer learns the outcome of an insert while its reservation is young.
         * Safety does not depend on it (an unanswered insert is settled, see {@code insert}); it keeps a stalled
         * write from holding its caller, and its slot, for long.
         */
        public Builder insertTimeout(Duration insertTimeout) {
            this.insertTimeout = Objects.requireNonNull(insertTimeout, "insertTimeout");
            return this;
        }

        public Builder undecodableEventListener(UndecodableEventListener listener) {
            this.undecodableEventListener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        public Builder maxGapOffset(int maxGapOffset) {
            this.maxGapOffset = maxGapOffset;
            return this;
        }

        @Override
        public Builder snapshotSerializer(Serializer snapshotSerializer) {
            super.snapshotSerializer(snapshotSerializer);
            return this;
        }

        @Override
        public Builder upcasterChain(EventUpcaster upcasterChain) {
            super.upcasterChain(upcasterChain);
            return this;
        }

        @Override
        public Builder eventSerializer(Serializer eventSerializer) {
            super.eventSerializer(eventSerializer);
            return this;
        }

        @Override
        public Builder snapshotFilter(SnapshotFilter snapshotFilter) {
            super.snapshotFilter(snapshotFilter);
            return this;
        }

        @Override
        public Builder batchSize(int batchSize) {
            super.batchSize(batchSize);
            return this;
        }

        @Override
        protected void validate() throws AxonConfigurationException {
            super.validate();
            if (database == null) {
                throw new AxonConfigurationException("The MongoDatabase is required");
            }
            if (gapTimeout.isNegative() || gapTimeout.isZero()) {
                throw new AxonConfigurationException("The gap timeout must be positive");
            }
            if (insertTimeout != null && (insertTimeout.isNegative() || insertTimeout.isZero())) {
                throw new AxonConfigurationException("The insert timeout must be positive");
            }
        }

        public MongoEventStorageEngine build() {
            validate();
            return new MongoEventStorageEngine(this);
        }
    }
}
