package vn.thidua.ledger.query.asof;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Where an aggregate's stream may be read from: an event store reads an aggregate from the start of a commit only, so a
 * fold checkpoint resumes at one. A port: the application answers with the storage engine's one lookup of the range's commit keys;
 * {@link #readingEvents} asks any Axon event store, at the price of reading a batch of events to look at one.
 */
@FunctionalInterface
public interface CommitStarts {

    /** The latest sequence after {@code first} and at most {@code last} that starts a commit, or {@code first}. */
    long latestIn(String aggregateId, long first, long last);

    /** By reading the aggregate from each sequence, latest first: it starts a commit if the first event read is that one. */
    static CommitStarts readingEvents(EventStore eventStore) {
        return (aggregateId, first, last) -> {
            for (long sequence = last; sequence > first; sequence--) {
                DomainEventStream stream = eventStore.readEvents(aggregateId, sequence);
                if (stream.hasNext() && stream.peek().getSequenceNumber() == sequence) {
                    return sequence;
                }
            }
            return first;
        };
    }
}
