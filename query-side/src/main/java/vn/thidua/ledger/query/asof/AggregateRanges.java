package vn.thidua.ledger.query.asof;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Reads a range of an aggregate's stream, and where in it the stream may be read from again: an event store reads an
 * aggregate from the start of a commit only, so a fold checkpoint resumes at one. A port: the application answers with
 * one lookup of exactly the range's commit keys, which gives both; {@link #readingEvents} asks any Axon event store,
 * at the price of reading a batch of events to look at one.
 */
@FunctionalInterface
public interface AggregateRanges {

    /**
     * The aggregate's events from {@code first} (which starts a commit) through {@code last} (a commit that goes on past
     * {@code last} may add later ones), and the latest sequence after {@code first} and at most {@code last} that starts
     * a commit, or {@code first}.
     */
    Range read(String aggregateId, long first, long last);

    /** What {@link #read} found: the events, and the latest commit start of the range. */
    record Range(DomainEventStream events, long latestCommitStart) {
    }

    /** By reading the aggregate from each sequence, latest first: it starts a commit if the first event read is that one. */
    static AggregateRanges readingEvents(EventStore eventStore) {
        return (aggregateId, first, last) -> {
            long latest = first;
            for (long sequence = last; sequence > first; sequence--) {
                DomainEventStream stream = eventStore.readEvents(aggregateId, sequence);
                if (stream.hasNext() && stream.peek().getSequenceNumber() == sequence) {
                    latest = sequence;
                    break;
                }
            }
            return new Range(eventStore.readEvents(aggregateId, first), latest);
        };
    }
}
