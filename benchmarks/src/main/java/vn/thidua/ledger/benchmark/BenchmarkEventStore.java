package vn.thidua.ledger.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import vn.thidua.ledger.eventstore.EventJson;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;

import java.util.List;
import java.util.stream.Stream;

/**
 * The event store as the benchmarks use it: our Mongo event storage engine with the application's event JSON.
 * The only class of this module that imports the event store's package, so a move of that package touches one file.
 */
public final class BenchmarkEventStore {

    /** The collection of commit documents, one per unit of work. */
    public static final String COMMITS_COLLECTION = MongoEventStorageEngine.COMMITS_COLLECTION;

    private final MongoEventStorageEngine engine;

    public BenchmarkEventStore(MongoDatabase database, int batchSize) {
        this.engine = MongoEventStorageEngine.builder().database(database)
                                             .eventSerializer(EventJson.serializer())
                                             .snapshotSerializer(EventJson.serializer())
                                             .batchSize(batchSize).build();
    }

    /** The event JSON of the application: stored events are written and read with this mapping. */
    public static ObjectMapper eventJson() {
        return EventJson.objectMapper();
    }

    /** Global index of the last reserved event. */
    public long headIndex() {
        return engine.headIndex();
    }

    /** Appends the events as one commit (one unit of work). */
    public void append(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    /** The whole stream from the start, through the tracking reader (the path a view's replay takes). */
    public Stream<? extends TrackedEventMessage<?>> readAll() {
        return engine.readEvents(null, false);
    }
}
