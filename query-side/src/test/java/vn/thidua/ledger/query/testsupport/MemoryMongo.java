package vn.thidua.ledger.query.testsupport;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.event.CommandListener;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import java.net.InetSocketAddress;

/** An in-process MongoDB (mongo-java-server, memory backend) for store tests: the same server the app embeds. */
public final class MemoryMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;

    public MemoryMongo() {
        this(new CommandListener() {
        });
    }

    /** With {@code listener} told of every command the client sends. */
    public MemoryMongo(CommandListener listener) {
        InetSocketAddress address = server.bind();
        client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString("mongodb://" + address.getHostString() + ":"
                                                            + address.getPort()))
                .addCommandListener(listener)
                .build());
    }

    public MongoDatabase database() {
        return client.getDatabase("test");
    }

    @Override
    public void close() {
        client.close();
        server.shutdown();
    }
}
