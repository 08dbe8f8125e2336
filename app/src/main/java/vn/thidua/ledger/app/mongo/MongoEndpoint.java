package vn.thidua.ledger.app.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.ledger.query.audit.AuditLog;

/**
 * A {@link MongoClient} together with the embedded server it talks to, if any. Owning both in one
 * object fixes the shutdown order: the client is closed before the server, and the server's
 * {@code shutdown()} closes its backend (H2: closes the MVStore file). Every acknowledged write is in the
 * file already ({@link DurableH2Backend}), so a killed process loses nothing it confirmed either.
 */
public final class MongoEndpoint implements AutoCloseable {

    /** File name of the H2 MVStore inside the data directory. */
    public static final String H2_FILE_NAME = "thidua-ledger.mv";

    /**
     * The views' collections whose documents only grow, by appends: the audit history's entries and posting lists.
     * The H2 backend keeps them in a file committed more often than the views' ({@link DurableH2Backend}).
     */
    static final Set<String> APPEND_ONLY_VIEWS = Set.of(AuditLog.ENTRIES, AuditLog.POSTINGS);

    private static final Logger log = LoggerFactory.getLogger(MongoEndpoint.class);

    private final MongoClient client;
    private final MongoServer server;
    private final MongoBackend backend;
    private final String connectionString;

    private MongoEndpoint(MongoClient client, MongoServer server, MongoBackend backend, String connectionString) {
        this.client = client;
        this.server = server;
        this.backend = backend;
        this.connectionString = connectionString;
    }

    /** Connects to an external MongoDB; starts nothing. */
    public static MongoEndpoint external(String uri) {
        ConnectionString cs = new ConnectionString(uri);
        // Log hosts only: the URI may carry credentials.
        log.info("Using external MongoDB at {}", cs.getHosts());
        return new MongoEndpoint(MongoClients.create(cs), null, null, uri);
    }

    /**
     * Starts mongo-java-server on a loopback port (never a public interface: it has no authentication) and
     * connects to it. The H2 file backend is {@link DurableH2Backend}: every acknowledged write is in the file.
     */
    public static MongoEndpoint embedded(MongoSettings.Embedded settings, Path dataDir) {
        return embedded(settings, dataDir, DurableH2Backend.VIEWS_DATABASE);
    }

    /** As {@link #embedded(MongoSettings.Embedded, Path)}; the H2 backend keeps {@code viewsDatabase} in a file of its own. */
    public static MongoEndpoint embedded(MongoSettings.Embedded settings, Path dataDir, String viewsDatabase) {
        EmbeddedBackend backend = Objects.requireNonNull(settings.backend(), "backend");
        MongoBackend mongoBackend = switch (backend) {
            case MEMORY -> new MemoryBackend();
            case H2 -> DurableH2Backend.open(h2File(dataDir), viewsDatabase, settings.fsync(),
                                              settings.viewsCommitInterval(), APPEND_ONLY_VIEWS,
                                              settings.ledgerCacheMegabytes());
        };
        MongoServer server = new MongoServer(mongoBackend);
        try {
            server.bind("127.0.0.1", settings.port());
        } catch (RuntimeException e) {
            server.shutdownNow();
            throw e;
        }
        InetSocketAddress address = server.getLocalAddress();
        String uri = "mongodb://127.0.0.1:" + address.getPort();
        if (mongoBackend instanceof DurableH2Backend durable) {
            log.info("Embedded MongoDB (mongo-java-server, durable H2 file backend, fsync {}) on 127.0.0.1:{}, data in {}"
                    + " (page cache {} MB; database {} in {}, its collections {} in {})",
                    settings.fsync() ? "on" : "off", address.getPort(), h2File(dataDir).toAbsolutePath(),
                    durable.ledgerCacheMegabytes(), viewsDatabase, DurableH2Backend.VIEWS_FILE_NAME, APPEND_ONLY_VIEWS,
                    DurableH2Backend.APPEND_ONLY_FILE_NAME);
        } else {
            log.info("Embedded MongoDB (mongo-java-server, memory backend) on 127.0.0.1:{}, data is not persisted",
                    address.getPort());
        }
        MongoClient client = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(uri))
                .build());
        return new MongoEndpoint(client, server, mongoBackend, uri);
    }

    private static Path h2File(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create data directory " + dataDir.toAbsolutePath(), e);
        }
        return dataDir.resolve(H2_FILE_NAME);
    }

    public MongoClient client() {
        return client;
    }

    /**
     * Names the ledger's collections whose writes the embedded H2 file need not hold before their reply, because the
     * next write stores them ({@link DurableH2Backend}); nothing changes for another store.
     */
    public void commitLazily(Set<String> collections) {
        if (backend instanceof DurableH2Backend durable) {
            durable.commitLazily(collections);
        }
    }

    /** True when this endpoint started (and will stop) an embedded server. */
    public boolean isEmbedded() {
        return server != null;
    }

    /** The connection string in use; for the embedded server a loopback URI without credentials. */
    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        try {
            client.close();
        } finally {
            if (server != null) {
                // shutdown() drains connections and then closes the backend (H2: MVStore.close()).
                server.shutdown();
                log.info("Embedded MongoDB stopped");
            }
        }
    }
}
