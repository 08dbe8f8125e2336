package vn.thidua.ledger.benchmark.views;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import vn.thidua.ledger.eventstore.EventJson;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What deserializing a stored event costs: one synthetic emulation year ({@link EmulationYears}), each event's payload
 * and metadata kept as the store keeps them (JSON text), read back by Axon's own {@link JacksonSerializer} and by the
 * ledger's ({@link EventJson#serializer()}) in alternating rounds on one thread, as a view's rebuild reads them
 * (payload, metadata, and the payload's type looked up for the handlers). Prints nanoseconds per event for each, round
 * by round; the first rounds are the compiler's. Run with the view-rebuild profile's classpath:
 * {@code java -cp ... vn.thidua.ledger.benchmark.views.EventJsonBenchmark [rounds]} (docs/benchmarks.md, "Session 42").
 */
public final class EventJsonBenchmark {

    private EventJsonBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Serializer axons = JacksonSerializer.builder().objectMapper(EventJson.objectMapper()).build();
        Serializer ledgers = EventJson.serializer();
        List<SerializedObject<String>> stored = storedYear(axons);
        System.out.printf("%,d events of one year, payload and metadata as stored text%n", stored.size() / 2);
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %2d  Axon's %,6.0f ns an event   the ledger's %,6.0f ns an event%n", round,
                              nanosPerEvent(axons, stored), nanosPerEvent(ledgers, stored));
        }
    }

    /** Payload then metadata of each event of one year, serialized to text as the event store stores them. */
    private static List<SerializedObject<String>> storedYear(Serializer serializer) {
        List<SerializedObject<String>> stored = new ArrayList<>();
        EventStore recorder = (EventStore) Proxy.newProxyInstance(EventStore.class.getClassLoader(),
                new Class<?>[] {EventStore.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("publish") && arguments[0] instanceof EventMessage<?>[] events) {
                        for (EventMessage<?> event : events) {
                            stored.add(event.serializePayload(serializer, String.class));
                            stored.add(event.serializeMetaData(serializer, String.class));
                        }
                    }
                    return null;
                });
        new EmulationYears(recorder).fillTo(1, 0);
        return stored;
    }

    private static double nanosPerEvent(Serializer serializer, List<SerializedObject<String>> stored) {
        long started = System.nanoTime();
        long checksum = 0;
        for (int repeat = 0; repeat < 20; repeat++) {
            for (SerializedObject<String> object : stored) {
                Object read = serializer.deserialize(object);
                checksum += serializer.classForType(object.getType()).hashCode() + (read instanceof Map<?, ?> ? 1 : 0);
            }
        }
        if (checksum == 42) {
            System.out.print("");  // keeps the reads from being optimised away
        }
        return (System.nanoTime() - started) / (20.0 * stored.size() / 2);
    }
}
