package vn.thidua.ledger.app.testsupport;

import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.Role;

/**
 * Appends domain events straight to the event store, numbering each aggregate's sequence, with the audit
 * metadata the command gateway adds (docs/http-conventions.md) and, where a test needs it, a chosen timestamp.
 * Views under test need events, not the command side.
 */
public final class EventFeed {

    private final EventStore eventStore;
    private final Map<String, Long> nextSequence = new ConcurrentHashMap<>();

    public EventFeed(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    /** Metadata of a command sent by the secretariat's demo user. */
    public static MetaData secretariat(String reason) {
        String tag = String.valueOf(Math.abs(reason.hashCode()));
        return MetaData.with(MetaDataKeys.PRINCIPAL, "thu-ky").and(MetaDataKeys.ROLES, List.of(Role.SECRETARIAT.name())).and(MetaDataKeys.REASON, reason)
                       .and(MetaDataKeys.REQUEST_ID, "req-" + tag).and("correlationId", "corr-" + tag)
                       .and("traceId", "trace-" + tag);
    }

    /** Metadata of a command sent by a unit representative for its unit. */
    public static MetaData unitRepresentative(String principal, String unitId, String reason) {
        return MetaData.with(MetaDataKeys.PRINCIPAL, principal).and(MetaDataKeys.ROLES, List.of(Role.UNIT_REPRESENTATIVE.name()))
                       .and(MetaDataKeys.UNIT_ID, unitId).and(MetaDataKeys.REASON, reason);
    }

    /** Appends the next event of the aggregate, stamped now. */
    public void publish(String aggregateType, String aggregateId, Object payload, MetaData metaData) {
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, next(aggregateId), payload,
                                                           metaData));
    }

    /** Appends the next event of the aggregate, stamped {@code at}, sent by {@code principal}. */
    public void append(String aggregateType, String aggregateId, Object payload, Instant at, String principal) {
        eventStore.publish(new GenericDomainEventMessage<>(aggregateType, aggregateId, next(aggregateId), payload,
                                                           Map.of(MetaDataKeys.PRINCIPAL, principal),
                                                           IdentifierFactory.getInstance().generateIdentifier(), at));
    }

    private long next(String aggregateId) {
        return nextSequence.merge(aggregateId, 1L, Long::sum) - 1;
    }
}
