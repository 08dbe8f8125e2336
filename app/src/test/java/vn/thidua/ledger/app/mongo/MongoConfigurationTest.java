package vn.thidua.ledger.app.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class MongoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(MongoConfiguration.class);

    @Test
    void h2BackendKeepsDataAcrossAContextRestartOnTheSameFile(@TempDir Path dir) {
        Path dataDir = dir.resolve("nested/data");
        runner.withPropertyValues("thidua.data-dir=" + dataDir).run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx.getBean(MongoEndpoint.class).isEmbedded()).isTrue();
            MongoDatabase db = ctx.getBean(MongoDatabase.class);
            assertThat(db.getName()).isEqualTo("thidua");
            db.getCollection("probe").insertOne(new Document("_id", "cụm-iv").append("name", "Cụm thi đua IV"));
        });
        // The context is closed here; the MVStore must have been closed cleanly.
        assertThat(Files.exists(dataDir.resolve(MongoEndpoint.H2_FILE_NAME))).isTrue();

        runner.withPropertyValues("thidua.data-dir=" + dataDir).run(ctx -> {
            Document back = ctx.getBean(MongoDatabase.class).getCollection("probe")
                    .find(new Document("_id", "cụm-iv")).first();
            assertThat(back).isNotNull();
            assertThat(back.getString("name")).isEqualTo("Cụm thi đua IV");
        });
    }

    @Test
    void theViewsFileIsCommittedEverySecondUnlessConfiguredOtherwise(@TempDir Path dir) {
        runner.withPropertyValues("thidua.data-dir=" + dir, "thidua.mongo.embedded.backend=memory").run(ctx ->
                assertThat(ctx.getBean(MongoSettings.class).embedded().viewsCommitInterval())
                        .isEqualTo(DurableH2Backend.VIEW_COMMIT_INTERVAL).isEqualTo(Duration.ofSeconds(1)));
        runner.withPropertyValues("thidua.data-dir=" + dir, "thidua.mongo.embedded.backend=memory",
                "thidua.mongo.embedded.views-commit-interval=250ms").run(ctx ->
                assertThat(ctx.getBean(MongoSettings.class).embedded().viewsCommitInterval())
                        .isEqualTo(Duration.ofMillis(250)));
    }

    @Test
    void theLedgerFilesPageCacheIsH2sDefaultUnlessConfigured(@TempDir Path dir) {
        runner.withPropertyValues("thidua.data-dir=" + dir, "thidua.mongo.embedded.backend=memory").run(ctx ->
                assertThat(ctx.getBean(MongoSettings.class).embedded().ledgerCacheMegabytes())
                        .isEqualTo(DurableH2Backend.DEFAULT_LEDGER_CACHE_MB).isEqualTo(16));
        runner.withPropertyValues("thidua.data-dir=" + dir, "thidua.mongo.embedded.backend=memory",
                "thidua.mongo.embedded.ledger-cache=48MB").run(ctx ->
                assertThat(ctx.getBean(MongoSettings.class).embedded().ledgerCacheMegabytes()).isEqualTo(48));
    }

    @Test
    void aLedgerCacheUnderAMegabyteStopsTheStart(@TempDir Path dir) {
        runner.withPropertyValues("thidua.data-dir=" + dir, "thidua.mongo.embedded.backend=memory",
                "thidua.mongo.embedded.ledger-cache=512KB").run(ctx ->
                assertThat(ctx).hasFailed().getFailure().rootCause()
                               .hasMessageContaining("thidua.mongo.embedded.ledger-cache must be at least 1MB"));
    }

    @Test
    void memoryBackendWritesNoFile(@TempDir Path dir) {
        runner.withPropertyValues("thidua.data-dir=" + dir, "thidua.mongo.embedded.backend=memory",
                "thidua.mongo.database=other").run(ctx -> {
            MongoDatabase db = ctx.getBean(MongoDatabase.class);
            assertThat(db.getName()).isEqualTo("other");
            db.getCollection("probe").insertOne(new Document("_id", 1));
            assertThat(db.getCollection("probe").countDocuments()).isEqualTo(1);
        });
        assertThat(dir.resolve(MongoEndpoint.H2_FILE_NAME)).doesNotExist();
    }

    @Test
    void aFixedEmbeddedPortMakesTheStoreReachableOnLoopbackForOtherProcesses(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        int fixed = port;
        runner.withPropertyValues("thidua.data-dir=" + dir, "thidua.mongo.embedded.port=" + fixed).run(ctx -> {
            assertThat(ctx.getBean(MongoEndpoint.class).connectionString()).isEqualTo("mongodb://127.0.0.1:" + fixed);
            ctx.getBean(MongoDatabase.class).getCollection("probe").insertOne(new Document("_id", "node"));
            try (var other = com.mongodb.client.MongoClients.create("mongodb://127.0.0.1:" + fixed)) {
                assertThat(other.getDatabase("thidua").getCollection("probe").countDocuments()).isEqualTo(1);
            }
        });
    }

    @Test
    void externalUriConnectsThereAndStartsNothing(@TempDir Path dir) {
        MongoServer external = new MongoServer(new MemoryBackend());
        String uri = external.bindAndGetConnectionString();
        try {
            runner.withPropertyValues("thidua.mongo.uri=" + uri, "thidua.data-dir=" + dir).run(ctx -> {
                MongoEndpoint endpoint = ctx.getBean(MongoEndpoint.class);
                assertThat(endpoint.isEmbedded()).isFalse();
                ctx.getBean(MongoDatabase.class).getCollection("probe").insertOne(new Document("_id", "x"));
            });
            try (var client = com.mongodb.client.MongoClients.create(uri)) {
                assertThat(client.getDatabase("thidua").getCollection("probe").countDocuments()).isEqualTo(1);
            }
            assertThat(dir.resolve(MongoEndpoint.H2_FILE_NAME)).doesNotExist();
        } finally {
            external.shutdownNow();
        }
    }
}
