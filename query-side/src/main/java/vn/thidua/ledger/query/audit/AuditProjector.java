package vn.thidua.ledger.query.audit;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.Positions;

/**
 * Keeps the audit history: every event, of any type, becomes one entry. The payload is taken as the event
 * store's serializer writes it, so the history shows exactly the stored contract, and the cluster, year, units
 * and rules are read from that JSON without knowing the event type ({@link PayloadFacts}).
 */
@Component
@ProcessingGroup(AuditProjector.NAME)
class AuditProjector {

    static final String NAME = "auditLog";

    private final AuditLog log;
    private final AuditScopes scopes;
    private final Serializer serializer;

    AuditProjector(AuditLog log, AuditScopes scopes, Serializer serializer) {
        this.log = log;
        this.scopes = scopes;
        this.serializer = serializer;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        long position = Positions.of(token);
        log.prefetchBatch();
        SerializedObject<String> serialized = message.serializePayload(serializer, String.class);
        String aggregateId = message instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : null;
        PayloadFacts facts = PayloadFacts.of(serialized.getData());
        AuditScope scope = scopes.resolve(aggregateId, facts);
        log.record(AuditEntries.of(position, message, serialized.getType().getRevision(), facts, scope));
        scopes.learn(aggregateId, position, scope);
    }

    @ResetHandler
    void reset() {
        log.clear();
        scopes.clear();
    }
}
