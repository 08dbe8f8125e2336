package vn.thidua.ledger.query.audit;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.benchmark.views.EmulationYears;
import vn.thidua.ledger.eventstore.EventJson;
import vn.thidua.ledger.query.view.ViewJson;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the {@code auditLog} view's own work costs per event, step by step, on one thread: one synthetic emulation year
 * ({@link EmulationYears}) as the event store keeps it, each event read back as a rebuild reads it (a message whose
 * payload and metadata are stored JSON text), then its payload deserialized (the rebuild's reader does that for every
 * view), its metadata, the facts of its payload text ({@link PayloadFacts}), its entry ({@link AuditEntries}), its
 * posting-list keys ({@link AuditKeys}), and the JSON of the blocks of {@value AuditBlock#SIZE} entries the writer
 * stores. Prints microseconds per event for each step, round by round; the first rounds are the compiler's.
 * <p>
 * Without the view store, the event store and the embedded server: a view's rebuild on two cores shares them with five
 * other threads and the collector, and its rate varies by a tenth from run to run; this does not
 * (docs/benchmarks.md, "Session 44"). It sits in the view's package to time its steps without widening their
 * visibility. Run with the view-rebuild profile's classpath:
 * {@code java -cp ... vn.thidua.ledger.query.audit.AuditEntryBenchmark [rounds]}.
 */
public final class AuditEntryBenchmark {

    private static final int REPEATS = 10;

    private final Serializer serializer = EventJson.serializer();
    private final JsonMapper json = ViewJson.mapper();
    private final List<Stored> year = new ArrayList<>();
    /** Nanoseconds per step, summed over a round. */
    private final long[] nanos = new long[Step.values().length];
    private long bytes;

    private enum Step { PAYLOAD, METADATA, FACTS, ENTRY, KEYS, BLOCK_JSON }

    /** One stored event: what a rebuild's fetcher gets from the store. */
    private record Stored(String type, String aggregateId, long sequence, String identifier, Instant timestamp,
                          SerializedObject<String> payload, SerializedObject<String> metaData) {
    }

    private AuditEntryBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        AuditEntryBenchmark benchmark = new AuditEntryBenchmark();
        benchmark.storeOneYear();
        System.out.printf("%,d events of one year, payload and metadata as stored text; µs an event:%n",
                          benchmark.year.size());
        for (int round = 1; round <= rounds; round++) {
            System.out.println("round " + round + "  " + benchmark.round());
        }
    }

    private void storeOneYear() {
        EventStore recorder = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
                new Class<?>[] {EventStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("publish") && arguments[0] instanceof EventMessage<?>[] events) {
                        for (EventMessage<?> event : events) {
                            DomainEventMessage<?> domain = (DomainEventMessage<?>) event;
                            year.add(new Stored(domain.getType(), domain.getAggregateIdentifier(),
                                                domain.getSequenceNumber(), event.getIdentifier(), event.getTimestamp(),
                                                event.serializePayload(serializer, String.class),
                                                event.serializeMetaData(serializer, String.class)));
                        }
                    }
                    return null;
                });
        new EmulationYears(recorder).fillTo(1, 0);
    }

    private String round() {
        Arrays.fill(nanos, 0);
        bytes = 0;
        long started = System.nanoTime();
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            List<AuditEntry> block = new ArrayList<>();
            for (int position = 0; position < year.size(); position++) {
                block.add(entry(position, message(position)));
                if (block.size() == AuditBlock.SIZE || position == year.size() - 1) {
                    long before = System.nanoTime();
                    bytes += json.writeValueAsBytes(new AuditBlock(block)).length;
                    nanos[Step.BLOCK_JSON.ordinal()] += System.nanoTime() - before;
                    block = new ArrayList<>();
                }
            }
        }
        double events = (double) REPEATS * year.size();
        StringBuilder line = new StringBuilder(String.format("all %5.2f", (System.nanoTime() - started) / 1e3 / events));
        for (Step step : Step.values()) {
            line.append(String.format("  %s %5.2f", step.name().toLowerCase(), nanos[step.ordinal()] / 1e3 / events));
        }
        return line.append(String.format("  (%.0f bytes of block JSON an event)", bytes / events)).toString();
    }

    private TrackedEventMessage<Object> message(int position) {
        Stored stored = year.get(position);
        return new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(position), stored.type(),
                stored.aggregateId(), stored.sequence(), new SerializedMessage<>(stored.identifier(), stored.payload(),
                                                                                 stored.metaData(), serializer),
                stored::timestamp);
    }

    /** As {@code AuditProjector} makes an entry, its scope taken from the payload (the scopes' store is left out). */
    private AuditEntry entry(long position, TrackedEventMessage<?> message) {
        long started = System.nanoTime();
        message.getPayload();
        long payload = System.nanoTime();
        message.getMetaData();
        long metaData = System.nanoTime();
        SerializedObject<String> serialized = message.serializePayload(serializer, String.class);
        PayloadFacts facts = PayloadFacts.of(serialized.getData());
        long factsRead = System.nanoTime();
        AuditEntry entry = AuditEntries.of(position, message, serialized.getType().getRevision(), facts,
                                           new AuditScope(facts.clusterId(), facts.year()));
        long made = System.nanoTime();
        AuditKeys.of(entry);
        long keyed = System.nanoTime();
        nanos[Step.PAYLOAD.ordinal()] += payload - started;
        nanos[Step.METADATA.ordinal()] += metaData - payload;
        nanos[Step.FACTS.ordinal()] += factsRead - metaData;
        nanos[Step.ENTRY.ordinal()] += made - factsRead;
        nanos[Step.KEYS.ordinal()] += keyed - made;
        return entry;
    }
}
