package vn.thidua.ledger.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.nomination.SecretBallotCast;

/** Builds the audit entry of one event from its message, its stored payload JSON and its resolved scope. */
final class AuditEntries {

    /** The only actor a secret ballot may show (docs/http-conventions.md). */
    static final String ANONYMOUS_BALLOT = SecretBallotCast.ANONYMOUS_PRINCIPAL;

    private AuditEntries() {
    }

    /** The entry without its payload, which a read takes from the ledger ({@link AuditPayloads}). */
    static AuditEntry of(long position, EventMessage<?> message, String revision, PayloadFacts facts, AuditScope scope) {
        DomainEventMessage<?> domain = message instanceof DomainEventMessage<?> d ? d : null;
        String type = message.getPayloadType().getSimpleName();
        String aggregateType = domain == null ? null : domain.getType();
        String aggregateId = domain == null ? null : domain.getAggregateIdentifier();
        MetaData meta = message.getMetaData();
        boolean anonymous = message.getPayload() instanceof SecretBallotCast || ANONYMOUS_BALLOT.equals(meta.get(MetaDataKeys.PRINCIPAL));
        Set<String> units = new LinkedHashSet<>(facts.unitIds());
        // Secret ballot: nothing from the caller's context is shown, whatever reached the metadata, because any
        // of it (unit, request id, even a correlation id found in a gateway log) could point back at the voter.
        if (!anonymous && text(meta, MetaDataKeys.UNIT_ID) != null) {
            units.add(text(meta, MetaDataKeys.UNIT_ID));
        }
        return new AuditEntry(position, message.getTimestamp(), message.getIdentifier(), type,
                              message.getPayloadType().getName(), revision, aggregateType, aggregateId,
                              domain == null ? null : domain.getSequenceNumber(),
                              anonymous ? ANONYMOUS_BALLOT : text(meta, MetaDataKeys.PRINCIPAL),
                              anonymous ? List.of() : roles(meta.get(MetaDataKeys.ROLES)),
                              anonymous ? null : text(meta, MetaDataKeys.UNIT_ID),
                              anonymous ? null : text(meta, MetaDataKeys.REASON),
                              anonymous ? null : text(meta, MetaDataKeys.REQUEST_ID),
                              anonymous ? null : text(meta, "correlationId"),
                              anonymous ? null : text(meta, "traceId"),
                              facts.rules(), scope.clusterId(), scope.year(), new ArrayList<>(units),
                              EventSummaries.of(message.getPayload(), type, aggregateType, aggregateId), null);
    }

    private static String text(MetaData meta, String key) {
        Object value = meta.get(key);
        return value == null ? null : value.toString();
    }

    private static List<String> roles(Object value) {
        if (value instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf).sorted().toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
