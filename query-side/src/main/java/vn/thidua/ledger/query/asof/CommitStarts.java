package vn.thidua.ledger.query.asof;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Where an aggregate's stream may be read from: an event store reads an aggregate from the start of a commit only, so a
 * fold checkpoint resumes at one. A port: the application answers with the storage engine's lookup of one commit key;
 * {@link #readingEvents} asks any Axon event store, at the price of reading a batch of events to look at one.
 */
@FunctionalInterface
public interface CommitStarts {

    boolean startsACommit(String aggregateId, long sequence);

    /** By reading the aggregate from {@code sequence}: it starts a commit if the first event read is that one. */
    static CommitStarts readingEvents(EventStore eventStore) {
        return (aggregateId, sequence) -> {
            DomainEventStream stream = eventStore.readEvents(aggregateId, sequence);
            return stream.hasNext() && stream.peek().getSequenceNumber() == sequence;
        };
    }
}
