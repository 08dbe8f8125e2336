package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoClient;
import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClients;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Serializer;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An embedded MongoDB (memory or H2 file), a client on it, and builders for the engine and token store. */
final class EventStoreFixture implements AutoCloseable {

    final MongoServer server;
    final MongoClient client;
    final MongoDatabase database;
    final Serializer serializer = EventJson.serializer();
    /** The find and getMore commands the client has sent, in order: a read's round trips. */
    final List<BsonDocument> reads = new CopyOnWriteArrayList<>();
    private final MongoBackend backend;

    private EventStoreFixture(MongoBackend backend) {
        this.backend = backend;
        this.server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        this.client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
                .addCommandListener(new CommandListener() {
                    @Override
                    public void commandStarted(CommandStartedEvent event) {
                        if (event.getCommandName().equals("find") || event.getCommandName().equals("getMore")) {
                            // A copy: the event's document reads the driver's buffer, reused after the call.
                            reads.add(event.getCommand().clone());
                        }
                    }
                })
                .build());
        this.database = client.getDatabase("thidua-test");
    }

    static EventStoreFixture inMemory() {
        return new EventStoreFixture(new MemoryBackend());
    }

    static EventStoreFixture onFile(Path file) {
        return new EventStoreFixture(new H2Backend(file.toString()));
    }

    MongoEventStorageEngine.Builder engineBuilder() {
        return MongoEventStorageEngine.builder()
                                      .database(database)
                                      .eventSerializer(serializer)
                                      .snapshotSerializer(serializer)
                                      .gapTimeout(Duration.ofSeconds(10));
    }

    MongoEventStorageEngine engine() {
        return engineBuilder().build();
    }

    MongoTokenStore tokenStore() {
        return MongoTokenStore.builder()
                              .mongoTemplate(DefaultMongoTemplate.builder().mongoDatabase(database).build())
                              .serializer(serializer)
                              .nodeId("test-node")
                              .build();
    }

    static GenericDomainEventMessage<UnitScored> scored(String aggregateId, long sequence, String unit, int points) {
        return new GenericDomainEventMessage<>("Scorecard", aggregateId, sequence,
                                               new UnitScored(unit, points), MetaData.with("principal", "thu-ky"));
    }

    /**
     * What an auditor runs a minute after {@code now}: every commit then settled for the verifier, so a hole is
     * reported, not taken for a writer still writing. No trusted key: checkpoints are not looked at.
     */
    IntegrityReport verifyAMinuteAfter(Instant now, Duration gapTimeout) {
        return new IntegrityVerifier(database, null, Clock.fixed(now.plusSeconds(60), ZoneOffset.UTC), gapTimeout, 3)
                .verify(null, null);
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
        backend.close();
    }

    /** A test event: a unit received points. */
    record UnitScored(String unit, int points) {
    }
}
