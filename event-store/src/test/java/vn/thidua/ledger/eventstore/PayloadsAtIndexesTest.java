package vn.thidua.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.DomainEventMessage;
import org.bson.BsonValue;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link MongoEventStorageEngine#payloadsAt}: the ledger's own payload text at global indexes. */
@Timeout(30)
class PayloadsAtIndexesTest {

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MongoEventStorageEngine engine = store.engine();
    private final GlobalIndexCounter counter = new GlobalIndexCounter(store.database.getCollection(EventStoreCollections.COUNTERS));
    private final MongoCollection<Document> commits = store.database.getCollection(EventStoreCollections.COMMITS);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void givesEachIndexTheStoredTextOfItsEventInsideCommitsOfAnyLength() {
        engine.appendEvents(scored("a", 0, "u", 1));                                                    // 1
        engine.appendEvents(List.of(scored("b", 0, "u", 2), scored("b", 1, "u", 3), scored("b", 2, "u", 4))); // 2-4
        engine.appendEvents(scored("a", 1, "u", 5));                                                    // 5
        engine.appendEvents(List.of(scored("c", 0, "u", 6), scored("c", 1, "u", 7), scored("c", 2, "u", 8),
                                    scored("c", 3, "u", 9), scored("c", 4, "u", 10)));                  // 6-10

        Map<Long, StoredPayload> found = engine.payloadsAt(List.of(1L, 2L, 3L, 5L, 6L, 8L, 10L));

        assertThat(found).containsOnlyKeys(1L, 2L, 3L, 5L, 6L, 8L, 10L);
        assertThat(found.get(6L).json()).isEqualTo("{\"unit\":\"u\",\"points\":6}");
        assertThat(found).allSatisfy((index, payload) -> {
            assertThat(payload.json()).isEqualTo("{\"unit\":\"u\",\"points\":" + index + "}");
            assertThat(payload.type()).isEqualTo(EventStoreFixture.UnitScored.class.getName());
        });
    }

    /** Most commits hold one event: a page of them is one lookup, not one per index (nor one for the head). */
    @Test
    void aPageOfOneEventCommitsIsOneLookup() {
        for (int i = 0; i < 50; i++) {
            engine.appendEvents(scored("a", i, "u", i));
        }
        store.reads.clear();

        assertThat(engine.payloadsAt(List.of(3L, 17L, 18L, 40L, 50L))).hasSize(5);
        assertThat(store.reads).hasSize(1);
    }

    /**
     * A commit of 40 events behind a hole: an index at its start asks the keys above it in rounds of twice as many, each
     * key once, and the hole's indexes are settled by the same rounds.
     */
    @Test
    void anIndexInALongCommitTakesAFewRoundsAndAsksNoKeyTwice() {
        counter.reserve(3);                                    // 1-3: a hole, its writer still writing
        List<DomainEventMessage<?>> long40 = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long40.add(scored("a", i, "u", i));
        }
        engine.appendEvents(long40);                           // 4-43
        store.reads.clear();

        Map<Long, StoredPayload> found = engine.payloadsAt(List.of(2L, 4L, 5L));

        assertThat(found).containsOnlyKeys(4L, 5L);
        assertThat(found.get(5L).json()).isEqualTo("{\"unit\":\"u\",\"points\":1}");
        List<BsonValue> asked = store.reads.stream()
                .filter(read -> read.getString("find").getValue().equals(EventStoreCollections.COMMITS))
                .flatMap(read -> read.getDocument("filter").getDocument("_id").getArray("$in").stream()).toList();
        assertThat(asked).doesNotHaveDuplicates();
        // Keys 2..43 asked for the 42 indexes the commit's key lies above; rounds of 1, 1, 2, 4, 8, 16, 32 keys, and the head.
        assertThat(store.reads).hasSizeLessThanOrEqualTo(8);
    }

    @Test
    void anIndexThatHoldsNoEventIsLeftOutAndEndsTheSearch() {
        engine.appendEvents(scored("a", 0, "u", 1));          // 1
        long voided = counter.reserve(2);                      // 2-3: a writer gave up and voided them
        commits.insertOne(CommitDocument.voidCommit(voided, voided + 1, Instant.now()));
        counter.reserve(3);                                    // 4-6: a hole, its writer still writing
        engine.appendEvents(scored("a", 1, "u", 7));          // 7
        counter.reserve(2);                                    // 8-9: reserved at the tail, nothing stored yet

        Map<Long, StoredPayload> found = engine.payloadsAt(List.of(0L, 1L, 2L, 3L, 5L, 7L, 9L, 1_000L));

        assertThat(found).containsOnlyKeys(1L, 7L);
        assertThat(found.get(7L).json()).isEqualTo("{\"unit\":\"u\",\"points\":7}");
    }
}
