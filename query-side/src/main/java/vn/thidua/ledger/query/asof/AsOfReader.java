package vn.thidua.ledger.query.asof;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.asof.FoldCheckpoints.Checkpoint;
import vn.thidua.ledger.query.view.EventFacts;
import vn.thidua.ledger.query.view.Versioned;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads views and events as they stood at a past moment. The {@link StreamIndex} tells where {@code asOf} cuts
 * each aggregate's stream; a {@link FoldedView} is then folded from its newest {@link FoldCheckpoints checkpoint}
 * before the cut, reading only the events after it from the event store, by the same fold as the live view.
 */
@Component
public class AsOfReader {

    /** An event with its place in the global stream. */
    public record PositionedEvent(long globalIndex, DomainEventMessage<?> message) {

        public Object payload() {
            return message.getPayload();
        }
    }

    /** Events of a range of an aggregate's stream, and the latest commit start in it ({@link AggregateRanges}). */
    record Events(List<PositionedEvent> events, long latestCommitStart) {
    }

    private final StreamIndex index;
    private final FoldCheckpoints checkpoints;
    private final AggregateRanges ranges;

    public AsOfReader(StreamIndex index, FoldCheckpoints checkpoints, AggregateRanges ranges) {
        this.index = index;
        this.checkpoints = checkpoints;
        this.ranges = ranges;
    }

    /**
     * The events of the given aggregates included by {@code asOf}, ordered by global index: for a view folded from
     * several aggregates, read from each one's start.
     */
    public List<PositionedEvent> read(AsOf asOf, List<String> aggregateIds) {
        List<PositionedEvent> events = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            events.addAll(events(aggregateId, 0, index.cut(aggregateId, asOf)));
        }
        events.sort(Comparator.comparingLong(PositionedEvent::globalIndex));
        return events;
    }

    /**
     * A view as it stood at {@code asOf}, folded from the aggregate's newest checkpoint before the cut. The position
     * of the result is the last event that changed the state (a fold returns the state itself for an event it does
     * not take), as in the live view's store, so an as-of read at or after the live view's position has the live
     * view's ETag. Empty if no event made a view.
     */
    public <V, E> Optional<Versioned<V>> fold(AsOf asOf, String aggregateId, FoldedView<V, E> view) {
        long last = index.cut(aggregateId, asOf);
        if (last < 0) {
            return Optional.empty();
        }
        Checkpoint<V> start = checkpoints.latest(aggregateId, view, last).orElse(Checkpoint.start());
        Checkpoint<V> end = fold(view, start, events(aggregateId, start.resume(), last));
        return Optional.ofNullable(end.state()).map(state -> new Versioned<>(state, end.position()));
    }

    /** Folds the aggregate's {@code events} from {@code start.resume()} on into {@code start}. */
    static <V, E> Checkpoint<V> fold(FoldedView<V, E> view, Checkpoint<V> start, List<PositionedEvent> events) {
        V state = start.state();
        long position = start.position();
        long resume = start.resume();
        for (PositionedEvent event : events) {
            if (event.message().getSequenceNumber() < resume) {
                continue;
            }
            resume = event.message().getSequenceNumber() + 1;
            if (!view.eventType().isInstance(event.payload())) {
                continue;
            }
            V next = view.apply(state, view.eventType().cast(event.payload()),
                                EventFacts.of(event.message(), event.globalIndex()));
            if (next != state) {
                state = next;
                position = event.globalIndex();
            }
        }
        return new Checkpoint<>(state, position, resume);
    }

    /**
     * The aggregate's events of sequences {@code first..last} with their global indexes; {@code first} must start a
     * commit (0, or a checkpoint's resume). An event the index does not know is left out, as the cut is the index's.
     */
    List<PositionedEvent> events(String aggregateId, long first, long last) {
        return range(aggregateId, first, last).events();
    }

    /** {@link #range}'s latest commit start alone, for a caller that holds the range's events already. */
    long latestCommitStart(String aggregateId, long first, long last) {
        return last < first ? first : ranges.latestCommitStart(aggregateId, first, last);
    }

    /** {@link #latestCommitStart} for ranges inside {@code spans}, with one lookup of them all (AggregateRanges). */
    AggregateRanges.CommitStarts commitStartsIn(Collection<AggregateRanges.Span> spans) {
        AggregateRanges.CommitStarts starts = ranges.commitStartsIn(spans);
        return (aggregateId, first, last) -> last < first ? first : starts.latestCommitStart(aggregateId, first, last);
    }

    /**
     * As {@link #events}, with the latest sequence after {@code first} and at most {@code last} that starts a commit
     * (the event store reads an aggregate from the start of a commit only), or {@code first} if a commit spans the
     * whole range: both from one read of the range.
     */
    Events range(String aggregateId, long first, long last) {
        List<PositionedEvent> events = new ArrayList<>();
        if (last < first) {
            return new Events(events, first);
        }
        Map<Long, Long> globalIndexes = index.globalIndexes(aggregateId, first, last);
        // From a sequence number, never from a snapshot, which is state, not an event.
        AggregateRanges.Range range = ranges.read(aggregateId, first, last);
        DomainEventStream stream = range.events();
        while (stream.hasNext() && stream.peek().getSequenceNumber() <= last) {
            DomainEventMessage<?> event = stream.next();
            Long globalIndex = globalIndexes.get(event.getSequenceNumber());
            if (globalIndex != null) {
                events.add(new PositionedEvent(globalIndex, event));
            }
        }
        return new Events(events, range.latestCommitStart());
    }
}
