package vn.thidua.ledger.query.asof;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.query.testsupport.CommandCounter;
import vn.thidua.ledger.query.testsupport.MemoryMongo;
import vn.thidua.ledger.query.view.Positions;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewHoldings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An event store in memory that, like ours, reads an aggregate only from the start of a commit, a stream index and
 * its checkpoints on an in-process MongoDB, fed by the stream index projector as the live processor would.
 */
final class AsOfFixture implements AutoCloseable {

    /** An indexed event: what a reference fold needs. */
    record Stored(long globalIndex, DomainEventMessage<?> message) {
    }

    /** The update commands sent: a batch's round trips. */
    final CommandCounter updates = new CommandCounter("update");
    /** The reads of the stream index's own collection: chunks read back for their bounds, cuts. */
    final CommandCounter indexReads = new CommandCounter("find", StreamIndex.NAME);
    final MemoryMongo mongo = new MemoryMongo(new CommandListener() {
        @Override
        public void commandStarted(CommandStartedEvent event) {
            updates.commandStarted(event);
            indexReads.commandStarted(event);
        }
    });
    final FoldCheckpoints checkpoints;
    final StreamIndex index;
    final AsOfReader reader;
    private final CommitsInMemory engine = new CommitsInMemory();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
    private StreamIndexProjector projector;
    /** Range reads of events (not of commit starts alone) since the fixture began. */
    int eventReads;
    /** Reads of one range's commit starts, and lookups of many ranges' at once (as the application's, one each). */
    int commitStartReads;
    int commitStartLookups;
    private final List<FoldedView<?, ?>> views;
    private final Map<String, Long> nextSequence = new HashMap<>();
    private final Map<String, List<Stored>> stored = new HashMap<>();
    private TrackingToken last;

    AsOfFixture(int chunk, int interval, List<FoldedView<?, ?>> views) {
        checkpoints = new FoldCheckpoints(mongo.database(), interval);
        index = new StreamIndex(mongo.database(), checkpoints, chunk);
        reader = new AsOfReader(index, checkpoints, new AggregateRanges() {
            @Override
            public Range read(String aggregateId, long first, long last) {
                return readRange(aggregateId, first, last);
            }

            @Override
            public long latestCommitStart(String aggregateId, long first, long last) {
                commitStartReads++;
                return AsOfFixture.this.latestCommitStart(aggregateId, first, last);
            }

            @Override
            public CommitStarts commitStartsIn(Collection<Span> spans) {
                commitStartLookups++;
                List<Span> looked = List.copyOf(spans);
                return (aggregateId, first, last) -> {
                    boolean inSpan = looked.stream().anyMatch(span -> span.aggregateId().equals(aggregateId)
                                                                     && span.first() <= first && last <= span.last());
                    return inSpan ? AsOfFixture.this.latestCommitStart(aggregateId, first, last)
                                  : latestCommitStart(aggregateId, first, last);
                };
            }
        });
        this.views = List.copyOf(views);
        restart();
    }

    /** A projector and checkpointer as a node starts them: holding no recent events. */
    void restart() {
        projector = new StreamIndexProjector(index, new Checkpointer(views, checkpoints, reader));
    }

    /**
     * The range as any Axon event store gives it: the events from {@code first}, and the latest commit start found by
     * reading the aggregate from each sequence, latest first (it starts a commit if the first event read is that one).
     */
    private AggregateRanges.Range readRange(String aggregateId, long first, long last) {
        eventReads++;
        return new AggregateRanges.Range(eventStore.readEvents(aggregateId, first), latestCommitStart(aggregateId, first, last));
    }

    private long latestCommitStart(String aggregateId, long first, long last) {
        for (long sequence = last; sequence > first; sequence--) {
            DomainEventStream stream = eventStore.readEvents(aggregateId, sequence);
            if (stream.hasNext() && stream.peek().getSequenceNumber() == sequence) {
                return sequence;
            }
        }
        return first;
    }

    /** Appends the payloads as one commit of the aggregate, all stamped {@code at}, and indexes them. */
    void commit(String aggregateId, Instant at, Object... payloads) {
        append(aggregateId, at, payloads);
        deliver();
    }

    /** Appends the payloads as one commit of the aggregate, all stamped {@code at}, not indexed yet. */
    void append(String aggregateId, Instant at, Object... payloads) {
        List<EventMessage<?>> events = new ArrayList<>();
        for (Object payload : payloads) {
            long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
            events.add(new GenericDomainEventMessage<>("Aggregate", aggregateId, sequence, payload,
                                                       Map.of(MetaDataKeys.PRINCIPAL, "thu-ky"), aggregateId + "-" + sequence, at));
        }
        eventStore.publish(events);
    }

    /**
     * Delivers what is not indexed yet as one processor batch would, written when the batch ends; {@code beforeEnd}
     * runs once every event is handled and before that.
     */
    void deliverInOneBatch(Runnable beforeEnd) {
        deliverInOneBatch(null, beforeEnd);
    }

    /** As {@link #deliverInOneBatch(Runnable)}, in a window of a rebuild, which holds writes back in {@code holdings}. */
    void deliverInOneRebuildWindow(ViewHoldings holdings, Runnable beforeEnd) {
        deliverInOneBatch(holdings, beforeEnd);
    }

    private void deliverInOneBatch(ViewHoldings holdings, Runnable beforeEnd) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        ViewBatch batch = ViewBatch.openIn(unitOfWork, holdings);
        deliver();
        beforeEnd.run();
        batch.flush();
        unitOfWork.commit();
    }

    /** What the projector receives, as the processor hands it over; outside a batch, each event written at once. */
    void deliver() {
        List<? extends TrackedEventMessage<?>> tracked = engine.readEvents(last, false).toList();
        for (TrackedEventMessage<?> message : tracked) {
            projector.on(message.getPayload(), message, message.trackingToken());
            stored.computeIfAbsent(((DomainEventMessage<?>) message).getAggregateIdentifier(), id -> new ArrayList<>())
                  .add(new Stored(Positions.of(message.trackingToken()), (DomainEventMessage<?>) message));
            last = message.trackingToken();
        }
    }

    /** Delivers an already indexed event once more, as at-least-once delivery may. */
    void redeliver(String aggregateId, long sequence) {
        Stored event = stored(aggregateId).get((int) sequence);
        projector.on(event.message().getPayload(), event.message(),
                     new org.axonframework.eventhandling.GlobalSequenceTrackingToken(event.globalIndex()));
    }

    List<Stored> stored(String aggregateId) {
        return stored.getOrDefault(aggregateId, List.of());
    }

    long head() {
        return stored.values().stream().flatMap(List::stream).mapToLong(Stored::globalIndex).max().orElse(-1);
    }

    @Override
    public void close() {
        eventStore.shutDown();
        mongo.close();
    }

    /** Like the Mongo engine: an aggregate's stream can be read from the first sequence of a commit only. */
    private static final class CommitsInMemory extends InMemoryEventStorageEngine {

        private final Set<String> commitStarts = new HashSet<>();

        @Override
        public void appendEvents(List<? extends EventMessage<?>> events) {
            events.stream().map(DomainEventMessage.class::cast)
                  .collect(Collectors.groupingBy(DomainEventMessage::getAggregateIdentifier))
                  .forEach((id, commit) -> commitStarts.add(id + "#" + commit.get(0).getSequenceNumber()));
            super.appendEvents(events);
        }

        @Override
        public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return commitStarts.contains(aggregateIdentifier + "#" + firstSequenceNumber)
                    ? super.readEvents(aggregateIdentifier, firstSequenceNumber)
                    : DomainEventStream.empty();
        }
    }
}
