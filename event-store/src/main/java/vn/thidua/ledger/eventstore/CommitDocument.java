package vn.thidua.ledger.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.types.Decimal128;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Maps the events of one commit to and from its MongoDB document.
 * <p>
 * Payload and metadata are stored as the serializer's JSON text, so an operator reading the collection sees
 * the event as written and a replay deserializes exactly the bytes that were stored. Timestamps are kept as
 * ISO-8601 text to keep their nanoseconds: a replayed view must be byte-identical to the live one.
 */
final class CommitDocument {

    static final String ID = "_id";
    static final String FIRST_INDEX = "firstIndex";
    static final String COMMIT_KEY = "commitKey";
    static final String AGGREGATE_ID = "aggregateId";
    static final String AGGREGATE_TYPE = "aggregateType";
    static final String FIRST_SEQUENCE = "firstSequence";
    static final String LAST_SEQUENCE = "lastSequence";
    static final String COMMITTED_AT = "committedAt";
    static final String EVENTS = "events";
    /** The hash of the aggregate's previous commit (none for its first, for voids and for legacy predecessors). */
    static final String PREV_HASH = "prevHash";
    /** {@link CommitHash} of this commit; commits written before the chain have none. */
    static final String HASH = "hash";

    private static final String EVENT_ID = "eventId";
    private static final String SEQUENCE = "sequence";
    private static final String TIMESTAMP = "timestamp";
    private static final String PAYLOAD_TYPE = "payloadType";
    private static final String PAYLOAD_REVISION = "payloadRevision";
    private static final String PAYLOAD = "payload";
    private static final String META_DATA = "metaData";
    /** The fields of an event, in the order {@link CommitHash} encodes them. */
    static final List<String> EVENT_FIELDS =
            List.of(EVENT_ID, SEQUENCE, TIMESTAMP, PAYLOAD_TYPE, PAYLOAD_REVISION, PAYLOAD, META_DATA);

    private CommitDocument() {
    }

    /**
     * The unique key of a commit in its aggregate's chain: the aggregate id and its first sequence number.
     * It is text, unambiguous (the sequence number after the last {@code #} has no {@code #}), and not typed:
     * an aggregate id is unique across aggregate types, as Axon reads a stream by id alone, so a second
     * aggregate of any type with a taken id fails at creation. Commits without an aggregate (void commits,
     * events without an aggregate) are keyed by their global index as a <em>number</em> instead: a number is
     * never equal to a text in a unique index, so these keys cannot collide with any aggregate's.
     */
    static String commitKey(String aggregateId, long firstSequence) {
        return aggregateId + "#" + firstSequence;
    }

    /**
     * Builds the document for events that belong to one aggregate (or for events without an aggregate).
     * Serialization happens here, before global indexes are reserved, to keep a reservation short-lived;
     * {@link #numbered} then places the commit in the global stream.
     */
    static Document of(List<? extends EventMessage<?>> events, Serializer serializer) {
        EventMessage<?> first = events.get(0);
        DomainEventMessage<?> firstDomain = first instanceof DomainEventMessage<?> d ? d : null;
        String aggregateId = firstDomain == null ? null : firstDomain.getAggregateIdentifier();
        long firstSequence = firstDomain == null ? 0 : firstDomain.getSequenceNumber();
        List<Document> eventDocuments = new ArrayList<>(events.size());
        for (EventMessage<?> event : events) {
            eventDocuments.add(eventDocument(event, serializer));
        }
        return new Document(COMMIT_KEY, aggregateId == null ? null : commitKey(aggregateId, firstSequence))
                .append(AGGREGATE_ID, aggregateId)
                .append(AGGREGATE_TYPE, firstDomain == null ? null : firstDomain.getType())
                .append(FIRST_SEQUENCE, firstSequence)
                .append(LAST_SEQUENCE, firstSequence + events.size() - 1)
                .append(EVENTS, eventDocuments);
    }

    /**
     * Gives a commit its global indexes, {@code firstIndex} onwards, and the time it is written; a commit
     * without an aggregate is keyed by its global index (a number, see {@link #commitKey}). Its hash covers
     * both, so it is computed here, again for each new reservation; {@code prevHash} was set before.
     */
    static Document numbered(Document commit, long firstIndex, Instant committedAt) {
        int size = commit.getList(EVENTS, Document.class).size();
        long lastIndex = firstIndex + size - 1;
        commit.put(ID, lastIndex);
        if (commit.getString(AGGREGATE_ID) == null) {
            commit.put(COMMIT_KEY, lastIndex);
        }
        commit.put(FIRST_INDEX, firstIndex);
        commit.put(COMMITTED_AT, Date.from(committedAt));
        commit.put(HASH, CommitHash.of(commit));
        return commit;
    }

    static int size(Document commit) {
        return commit.getList(EVENTS, Document.class).size();
    }

    /** A commit that holds no events: fills a reserved range whose writer gave up, so readers need not wait. */
    static Document voidCommit(long firstIndex, long lastIndex, Instant committedAt) {
        Document commit = new Document(ID, lastIndex)
                .append(FIRST_INDEX, firstIndex)
                .append(COMMIT_KEY, lastIndex)
                .append(COMMITTED_AT, Date.from(committedAt))
                .append(EVENTS, List.of());
        return commit.append(HASH, CommitHash.of(commit));
    }

    private static Document eventDocument(EventMessage<?> event, Serializer serializer) {
        SerializedObject<String> payload = event.serializePayload(serializer, String.class);
        SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
        Document document = new Document(EVENT_ID, event.getIdentifier());
        if (event instanceof DomainEventMessage<?> domainEvent) {
            document.append(SEQUENCE, domainEvent.getSequenceNumber());
        }
        return document.append(TIMESTAMP, event.getTimestamp().toString())
                       .append(PAYLOAD_TYPE, payload.getType().getName())
                       .append(PAYLOAD_REVISION, payload.getType().getRevision())
                       .append(PAYLOAD, payload.getData())
                       .append(META_DATA, metaData.getData());
    }

    /**
     * Whether the commit is at a global index of the stream (1 and up): the engine writes no other; one below, which
     * no scan of the stream reaches, was put by hand, and is neither loaded by its aggregate nor linked to
     * (docs/integrity.md).
     */
    static boolean onTheStream(Document commit) {
        return globalIndex(commit.get(ID)).isPresent();
    }

    /**
     * The global index an {@code _id} stands for: a whole number from 1 up, of any numeric type (MongoDB compares
     * numbers by value, so a hand's {@code 9.0} is the engine's {@code 9}); empty for anything else (7.5, a text,
     * a date …), which no walk of the indexes reaches.
     */
    static OptionalLong globalIndex(Object id) {
        if (id instanceof Long || id instanceof Integer) {
            long index = ((Number) id).longValue();
            return index >= 1 ? OptionalLong.of(index) : OptionalLong.empty();
        }
        BigDecimal value = id instanceof Double number && Double.isFinite(number) ? BigDecimal.valueOf(number)
                : id instanceof Decimal128 decimal && decimal.isFinite() ? decimal.bigDecimalValue() : null;
        if (value == null || value.signum() <= 0 || value.stripTrailingZeros().scale() > 0
            || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.longValueExact());
    }

    static long lastIndex(Document commit) {
        return commit.get(ID, Number.class).longValue();
    }

    static long firstIndex(Document commit) {
        return commit.get(FIRST_INDEX, Number.class).longValue();
    }

    static long firstSequence(Document commit) {
        return commit.get(FIRST_SEQUENCE, Number.class).longValue();
    }

    static long lastSequence(Document commit) {
        return commit.get(LAST_SEQUENCE, Number.class).longValue();
    }

    /** Whether a stored commit is the one a writer built: same key and same first event. */
    static boolean sameCommit(Document stored, Document written) {
        List<Document> storedEvents = stored.getList(EVENTS, Document.class);
        List<Document> writtenEvents = written.getList(EVENTS, Document.class);
        return stored.get(COMMIT_KEY).equals(written.get(COMMIT_KEY))
                && !storedEvents.isEmpty() && !writtenEvents.isEmpty()
                && storedEvents.get(0).getString(EVENT_ID).equals(writtenEvents.get(0).getString(EVENT_ID));
    }

    static boolean isVoid(Document commit) {
        return size(commit) == 0;
    }

    static Instant committedAt(Document commit) {
        return commit.getDate(COMMITTED_AT).toInstant();
    }

    /** The events of a commit, in order; the i-th has global index {@code firstIndex + i}. */
    static List<GenericDomainEventEntry<String>> events(Document commit) {
        String aggregateId = commit.getString(AGGREGATE_ID);
        String aggregateType = commit.getString(AGGREGATE_TYPE);
        List<Document> events = commit.getList(EVENTS, Document.class);
        List<GenericDomainEventEntry<String>> entries = new ArrayList<>(events.size());
        for (Document event : events) {
            entries.add(entry(event, aggregateType, aggregateId));
        }
        return entries;
    }

    /** The event at {@code offset} in the commit (the global index {@code firstIndex + offset}), decoded alone. */
    static Optional<GenericDomainEventEntry<String>> eventAt(Document commit, long offset) {
        List<Document> events = commit.getList(EVENTS, Document.class);
        if (offset < 0 || offset >= events.size()) {
            return Optional.empty();
        }
        return Optional.of(entry(events.get((int) offset), commit.getString(AGGREGATE_TYPE),
                                 commit.getString(AGGREGATE_ID)));
    }

    /**
     * {@link #events}, checked to bear the commit's sequences one after another. Axon reads an aggregate on from the
     * sequence after the last event it got: a commit whose events were edited out of its sequences would be read again
     * for ever, spinning the command's thread, so its load fails instead.
     *
     * @throws IllegalStateException the events are not the commit's sequences
     */
    static List<GenericDomainEventEntry<String>> eventsInSequence(Document commit) {
        List<GenericDomainEventEntry<String>> entries = events(commit);
        long first = firstSequence(commit);
        boolean inSequence = !entries.isEmpty() && first + entries.size() - 1 == lastSequence(commit);
        for (int i = 0; inSequence && i < entries.size(); i++) {
            inSequence = entries.get(i).getSequenceNumber() == first + i;
        }
        if (!inSequence) {
            throw new IllegalStateException("The commit " + commit.get(COMMIT_KEY) + " at global index " + commit.get(ID)
                    + " holds events that are not its sequences " + first + ".." + lastSequence(commit)
                    + ": edited by hand (GET /api/audit/integrity tells where the history no longer holds)");
        }
        return entries;
    }

    static GenericDomainEventEntry<String> entry(Document event, String aggregateType, String aggregateId) {
        Number sequence = event.get(SEQUENCE, Number.class);
        String eventId = event.getString(EVENT_ID);
        return new StoredEventEntry(
                aggregateType,
                aggregateId,
                sequence == null ? 0 : sequence.longValue(),
                eventId,
                event.getString(TIMESTAMP),
                event.getString(PAYLOAD_TYPE),
                event.getString(PAYLOAD_REVISION),
                event.getString(PAYLOAD),
                event.getString(META_DATA));
    }

    /**
     * The snapshot document of an aggregate: its {@code _id} is the aggregate id, one per aggregate; a large payload is
     * gzipped ({@link SnapshotPayload}).
     */
    static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
        return SnapshotPayload.compressIfLarge(eventDocument(snapshot, serializer)
                .append(ID, snapshot.getAggregateIdentifier())
                .append(AGGREGATE_TYPE, snapshot.getType()), PAYLOAD);
    }

    static GenericDomainEventEntry<String> snapshotEntry(Document snapshot) {
        return entry(SnapshotPayload.withText(snapshot, PAYLOAD), snapshot.getString(AGGREGATE_TYPE),
                     snapshot.getString(ID));
    }

    static long snapshotSequence(Document snapshot) {
        return snapshot.get(SEQUENCE, Number.class).longValue();
    }
}
