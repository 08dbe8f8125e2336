package vn.thidua.ledger.query.asof;

import org.axonframework.eventsourcing.eventstore.DomainEventStream;

import java.util.Collection;

/**
 * Reads a range of an aggregate's stream, and where in it the stream may be read from again: an event store reads an
 * aggregate from the start of a commit only, so a fold checkpoint resumes at one. A port: the application answers with
 * one lookup of exactly the range's commit keys, which gives both (EventStoreConfiguration); the tests' fixture asks
 * an in-memory Axon event store.
 */
@FunctionalInterface
public interface AggregateRanges {

    /**
     * The aggregate's events from {@code first} (which starts a commit) through {@code last} (a commit that goes on past
     * {@code last} may add later ones), and the latest sequence after {@code first} and at most {@code last} that starts
     * a commit, or {@code first}.
     */
    Range read(String aggregateId, long first, long last);

    /**
     * {@link #read}'s latest commit start alone, for a caller that holds the events already (a checkpoint of events the
     * stream index was just given). By default from {@link #read}; the application's asks for the commits' sequences
     * only, not their events.
     */
    default long latestCommitStart(String aggregateId, long first, long last) {
        return read(aggregateId, first, last).latestCommitStart();
    }

    /**
     * Where commits start in the spans of many aggregates, for a caller that needs {@link #latestCommitStart} of many
     * ranges at once (the checkpoints of the buckets a processor batch closes): a range inside a span is answered from
     * one lookup of all the spans; the application's makes it one round trip. By default, each range by
     * {@link #latestCommitStart}.
     */
    default CommitStarts commitStartsIn(Collection<Span> spans) {
        return this::latestCommitStart;
    }

    /** An aggregate's sequences {@code first} through {@code last}. */
    record Span(String aggregateId, long first, long last) {
    }

    /** {@link #latestCommitStart}'s answers, for ranges of an aggregate's stream. */
    @FunctionalInterface
    interface CommitStarts {
        long latestCommitStart(String aggregateId, long first, long last);
    }

    /** What {@link #read} found: the events, and the latest commit start of the range. */
    record Range(DomainEventStream events, long latestCommitStart) {
    }
}
