package vn.thidua.ledger.benchmark.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoBackend;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import vn.thidua.ledger.benchmark.BenchmarkEventStore;
import vn.thidua.ledger.benchmark.EventStoreBenchmark;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Grows a ledger's store to a large size without the HTTP API: reads the events of one emulation year that the
 * application wrote (the template, one cluster) and appends copies of it straight through the event storage engine,
 * each copy for another cluster: the template's cluster id, which every id of the year carries, is renamed in the
 * event's JSON and aggregate id. Each event is its own commit, as one command's event is. The copies keep the
 * template's timestamps and metadata; their message ids are new. Works on the H2 file while the application is stopped.
 */
final class StoreMultiplier {

    private static final int READ_WINDOW = 100;
    private static final String COPY_MARK = "x";

    private StoreMultiplier() {
    }

    /** Appends copies of the template year until the store holds at least {@code targetEvents}; returns the head. */
    static long multiply(Path h2File, String database, String templateClusterId, long targetEvents) throws Exception {
        // The application's own file format (BSON maps, DurableH2Backend): the stock backend cannot read it.
        MongoBackend backend = EventStoreBenchmark.durableBackend(h2File, false);
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            BenchmarkEventStore store = new BenchmarkEventStore(client.getDatabase(database), READ_WINDOW);
            // The template year comes first in the stream; a reused store continues with copies of it.
            List<DomainEventMessage<?>> template = store.readAll()
                    .filter(event -> event instanceof DomainEventMessage<?>)
                    .<DomainEventMessage<?>>map(event -> (DomainEventMessage<?>) event)
                    .takeWhile(event -> !event.getAggregateIdentifier().contains(templateClusterId + COPY_MARK))
                    .filter(event -> event.getAggregateIdentifier().contains(templateClusterId))
                    .toList();
            ObjectMapper json = BenchmarkEventStore.eventJson();
            long start = System.nanoTime();
            long before = store.headIndex();
            while (store.headIndex() < targetEvents) {
                // Named by the head it starts at: unique, also when a reused store grows further.
                String clusterId = templateClusterId + COPY_MARK + store.headIndex();
                for (DomainEventMessage<?> event : template) {
                    store.append(List.of(renamed(event, templateClusterId, clusterId, json)));
                }
                long appended = store.headIndex() - before;
                System.out.printf("  copy %s of the template year (%d events): head %d, %.0f events/s%n", clusterId,
                                  template.size(), store.headIndex(), appended / ((System.nanoTime() - start) / 1e9));
            }
            return store.headIndex();
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }

    private static DomainEventMessage<?> renamed(DomainEventMessage<?> event, String from, String to, ObjectMapper json)
            throws Exception {
        String payload = json.writeValueAsString(event.getPayload()).replace(from, to);
        return new GenericDomainEventMessage<>(event.getType(), event.getAggregateIdentifier().replace(from, to),
                                               event.getSequenceNumber(),
                                               json.readValue(payload, event.getPayloadType()),
                                               event.getMetaData(), UUID.randomUUID().toString(), event.getTimestamp());
    }
}
