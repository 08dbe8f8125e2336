package vn.thidua.ledger.query.asof;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.EventFacts;
import vn.thidua.ledger.query.view.Versioned;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the events of some aggregates as they stood at a past moment, in global order, so a view's
 * fold can rebuild the view as it was then. Uses the {@link StreamIndex} to cut each aggregate's stream
 * and the event store to read it.
 */
@Component
public class AsOfReader {

    /** An event with its place in the global stream. */
    public record PositionedEvent(long globalIndex, DomainEventMessage<?> message) {

        public Object payload() {
            return message.getPayload();
        }
    }

    private final EventStore eventStore;
    private final StreamIndex index;

    public AsOfReader(EventStore eventStore, StreamIndex index) {
        this.eventStore = eventStore;
        this.index = index;
    }

    /** The events of the given aggregates included by {@code asOf}, ordered by global index. */
    public List<PositionedEvent> read(AsOf asOf, List<String> aggregateIds) {
        List<PositionedEvent> events = new ArrayList<>();
        for (String aggregateId : aggregateIds) {
            Map<Long, StreamIndex.Entry> included = index.entries(aggregateId).stream()
                    .filter(asOf::includes)
                    .collect(Collectors.toMap(StreamIndex.Entry::sequence, Function.identity()));
            if (included.isEmpty()) {
                continue;
            }
            // From sequence 0: readEvents(id) alone would start with a snapshot, which is state, not an event.
            eventStore.readEvents(aggregateId, 0L).asStream()
                      .filter(event -> included.containsKey(event.getSequenceNumber()))
                      .forEach(event -> events.add(
                              new PositionedEvent(included.get(event.getSequenceNumber()).globalIndex(), event)));
        }
        events.sort(Comparator.comparingLong(PositionedEvent::globalIndex));
        return events;
    }

    /** One step of a view's fold, with the facts of the event it folds. */
    @FunctionalInterface
    public interface Fold<V, E> {
        V apply(V state, E event, EventFacts facts);
    }

    /**
     * A view as it stood at {@code asOf}, folded from the events of {@code aggregateId} of type {@code eventType}
     * in global order, by the same fold as the live view. The position of the result is the last event that changed
     * the state (a fold returns the state itself for an event it does not take), as in the live view's store, so
     * an as-of read at or after the live view's position has the live view's ETag. Empty if no event counted.
     */
    public <V, E> Optional<Versioned<V>> fold(AsOf asOf, String aggregateId, Class<E> eventType, Fold<V, E> fold) {
        V state = null;
        long position = -1;
        for (PositionedEvent event : read(asOf, List.of(aggregateId))) {
            if (!eventType.isInstance(event.payload())) {
                continue;
            }
            V next = fold.apply(state, eventType.cast(event.payload()), EventFacts.of(event.message(), event.globalIndex()));
            if (next != state) {
                state = next;
                position = event.globalIndex();
            }
        }
        return state == null ? Optional.empty() : Optional.of(new Versioned<>(state, position));
    }
}
