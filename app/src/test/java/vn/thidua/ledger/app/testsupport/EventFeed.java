package vn.thidua.ledger.app.testsupport;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.util.HashMap;
import java.util.Map;

/**
 * Appends domain events straight to the event store, the way aggregates would, with the audit metadata the
 * command gateway adds (docs/http-conventions.md). Views under test need events, not the command side.
 */
public final class EventFeed {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new HashMap<>();

    public EventFeed(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Metadata of a command sent by the secretariat's demo user. */
    public static MetaData secretariat(String reason) {
        return MetaData.with("principal", "thu-ky").and("roles", java.util.List.of("SECRETARIAT")).and("reason", reason)
                       .and("requestId", "req-" + Math.abs(reason.hashCode())).and("correlationId", "corr-" + Math.abs(reason.hashCode()))
                       .and("traceId", "trace-" + Math.abs(reason.hashCode()));
    }

    /** Metadata of a command sent by a unit representative for its unit. */
    public static MetaData unitRepresentative(String principal, String unitId, String reason) {
        return MetaData.with("principal", principal).and("roles", java.util.List.of("UNIT_REPRESENTATIVE"))
                       .and("unitId", unitId).and("reason", reason);
    }

    /** Appends the next event of the aggregate. */
    public void publish(String aggregateType, String aggregateId, Object payload, MetaData metaData) {
        long sequence = nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, sequence, payload, metaData));
    }
}
