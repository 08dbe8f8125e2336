package vn.thidua.ledger.app.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import vn.thidua.ledger.app.axon.EventStoreConfiguration;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewRegistry;

/** A store written before the views had their own database: its former view and token collections go, nothing else. */
class FormerViewCollectionsTest {

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void theFormerViewAndTokenCollectionsAreDroppedFromTheLedgersDatabaseAndTheLedgersOwnAreKept() {
        MongoDatabase ledger = client.getDatabase("thidua");
        MongoDatabase views = client.getDatabase("thidua_views");
        for (String name : List.of("auditEntries", EventStoreConfiguration.TRACKING_TOKENS, "eventCommits", "roundKeys")) {
            ledger.getCollection(name).insertOne(new Document("_id", 1));
        }
        views.getCollection("auditEntries").insertOne(new Document("_id", 2));

        dropFormerViews(ledger, views);

        assertThat(ledger.listCollectionNames().into(new ArrayList<>()))
                .containsExactlyInAnyOrder("eventCommits", "roundKeys");
        assertThat(views.getCollection("auditEntries").countDocuments()).isEqualTo(1);
    }

    @Test
    void nothingIsDroppedWhenTheViewsShareTheLedgersDatabase() {
        MongoDatabase ledger = client.getDatabase("thidua");
        ledger.getCollection("auditEntries").insertOne(new Document("_id", 1));

        dropFormerViews(ledger, client.getDatabase("thidua"));

        assertThat(ledger.getCollection("auditEntries").countDocuments()).isEqualTo(1);
    }

    private static void dropFormerViews(MongoDatabase ledger, MongoDatabase views) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("viewRegistry", new ViewRegistry(List.of(new AuditOnly())));
        new FormerViewCollections(ledger, views, beans.getBeanProvider(ViewRegistry.class)).afterSingletonsInstantiated();
    }

    private static final class AuditOnly implements RebuildableView {

        @Override
        public String name() {
            return "auditLog";
        }

        @Override
        public List<String> collections() {
            return List.of("auditEntries");
        }

        @Override
        public String checksum() {
            return "";
        }

        @Override
        public List<CollectionChecksum> collectionChecksums() {
            return List.of();
        }
    }
}
