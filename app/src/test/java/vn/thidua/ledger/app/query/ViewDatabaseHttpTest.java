package vn.thidua.ledger.app.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoDatabase;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.axon.EventStoreConfiguration;
import vn.thidua.ledger.app.idempotency.IdempotencyStore;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;
import vn.thidua.ledger.query.asof.FoldCheckpoints;
import vn.thidua.ledger.query.view.ViewDatabase;
import vn.thidua.ledger.query.view.ViewRegistry;

/**
 * Derived data lives in the views database, the ledger in its own: the embedded store commits the views lazily and
 * in a file of their own (DurableH2Backend), so a view's collection in the ledger's database would be committed per
 * write, and one of the ledger's in the views database would not be in the file before its reply.
 */
@HttpTest
class ViewDatabaseHttpTest {

    @Autowired
    MongoDatabase ledger;

    @Autowired
    @ViewDatabase
    MongoDatabase views;

    @Autowired
    ViewRegistry registry;

    @Autowired
    EventStore eventStore;

    @Test
    void everyViewsCollectionAndTheTokensAreInTheViewsDatabaseAndNoneInTheLedgers() {
        List<String> derived = new ArrayList<>(registry.all().stream()
                                                       .flatMap(view -> view.collections().stream()).toList());
        derived.add(EventStoreConfiguration.TRACKING_TOKENS);
        assertThat(views.getName()).isNotEqualTo(ledger.getName());
        new ScoringScenario(new EventFeed(eventStore), "vdb-cum-iv", 2022).launchedAndSelfAssessed().publish();

        // the fold checkpoints are written only once an aggregate has 500 events: no collection yet, in either database
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(views.listCollectionNames()
                .into(new ArrayList<>()))
                .containsAll(derived.stream().filter(name -> !name.equals(FoldCheckpoints.NAME)).toList()));
        assertThat(ledger.listCollectionNames().into(new ArrayList<>())).doesNotContainAnyElementsOf(derived);
    }

    @Test
    void theLedgersCollectionsAreInTheLedgersDatabase() {
        assertThat(views.listCollectionNames().into(new ArrayList<>()))
                .doesNotContain(MongoEventStorageEngine.COMMITS_COLLECTION, "eventSnapshots", "eventCounters",
                                IdempotencyStore.COLLECTION, "roundKeys");
    }
}
