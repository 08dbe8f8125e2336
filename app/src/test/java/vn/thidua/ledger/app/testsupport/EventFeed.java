package vn.thidua.ledger.app.testsupport;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Appends domain events straight to the event store, numbering each aggregate's sequence, with the timestamp and
 * principal a test chooses: how query tests produce events while the command endpoints are built elsewhere.
 */
public final class EventFeed {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new ConcurrentHashMap<>();

    public EventFeed(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public void append(String aggregateType, String aggregateId, Object payload, Instant at, String principal) {
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload,
                                                           Map.of("principal", principal),
                                                           IdentifierFactory.getInstance().generateIdentifier(), at));
    }
}
