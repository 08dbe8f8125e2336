package vn.thidua.ledger.eventstore;

import org.axonframework.eventhandling.GenericDomainEventEntry;

import java.time.Instant;

/** An event as read from its commit document: Axon's entry, its timestamp read by {@link InstantText}. */
final class StoredEventEntry extends GenericDomainEventEntry<String> {

    private final String timestamp;

    StoredEventEntry(String aggregateType, String aggregateId, long sequence, String eventId, String timestamp,
                     String payloadType, String payloadRevision, String payload, String metaData) {
        super(aggregateType, aggregateId, sequence, eventId, timestamp, payloadType, payloadRevision, payload,
              metaData);
        this.timestamp = timestamp;
    }

    @Override
    public Instant getTimestamp() {
        return InstantText.parse(timestamp);
    }
}
