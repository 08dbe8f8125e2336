package vn.thidua.ledger.eventstore;

import com.mongodb.ReadConcern;
import com.mongodb.ReadPreference;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The event store's durability and consistency settings are the code's, not the URI's: whatever the
 * database was opened with, its collections write to a majority with journal, read from the primary, and
 * read commits and snapshots at majority. (The embedded server accepts these and ignores them; they take
 * effect on a replica set.)
 */
class EventStoreCollectionsTest {

    private final EventStoreFixture store = EventStoreFixture.inMemory();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void everyCollectionWritesToAMajorityWithJournalAndReadsFromThePrimary() {
        EventStoreCollections collections = EventStoreCollections.in(
                store.database.withWriteConcern(WriteConcern.W1).withReadPreference(ReadPreference.secondaryPreferred())
                              .withReadConcern(ReadConcern.LOCAL));

        for (MongoCollection<Document> collection : List.of(collections.commits(), collections.snapshots(),
                                                            collections.counters())) {
            assertThat(collection.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY.withJournal(true));
            assertThat(collection.getReadPreference()).isEqualTo(ReadPreference.primary());
        }
        assertThat(collections.commits().getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        assertThat(collections.snapshots().getReadConcern()).isEqualTo(ReadConcern.MAJORITY);
        assertThat(collections.counters().getReadConcern()).isEqualTo(ReadConcern.LOCAL);
    }

    @Test
    void theEngineWorksWithTheseSettingsOnTheEmbeddedServer() {
        MongoEventStorageEngine engine = store.engine();

        engine.appendEvents(EventStoreFixture.scored("card-1", 0, "unit", 1));

        assertThat(engine.readEvents("card-1").asStream().count()).isEqualTo(1);
        assertThat(engine.readEvents(null, false).count()).isEqualTo(1);
    }
}
