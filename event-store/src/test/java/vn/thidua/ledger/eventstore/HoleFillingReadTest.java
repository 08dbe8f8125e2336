package vn.thidua.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.ServerAddress;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.bulk.WriteConcernError;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.BsonDocument;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.eventstore.GapTimeoutTest.MutableClock;

/** One read of {@link TrackedEventReader} over expired holes: how far it gets, and what it does when voids fail. */
class HoleFillingReadTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2022-12-09T02:00:00Z"));
    private final MongoEventStorageEngine engine = store.engineBuilder().clock(clock).gapTimeout(GAP_TIMEOUT).build();
    private final GlobalIndexCounter counter = new GlobalIndexCounter(store.database.getCollection("eventCounters"));
    private final MongoCollection<Document> commits = store.database.getCollection("eventCommits");

    @AfterEach
    void close() {
        GenericEventMessage.clock = Clock.systemUTC();
        store.close();
    }

    @Test
    void twoExpiredHolesApartAreBothVoidedAndPassedInOneRead() {
        engine.appendEvents(scored("a", 0, "u", 1));
        counter.reserve(2);
        long settled = counter.reserve(2);
        commits.insertOne(CommitDocument.voidCommit(settled, settled + 1, clock.instant())); // a writer's own void
        counter.reserve(2);
        engine.appendEvents(scored("b", 0, "u", 8));
        clock.advance(GAP_TIMEOUT.plusSeconds(1));

        GapAwareTrackingToken afterTheFirst = GapAwareTrackingToken.newInstance(1, Collections.emptySortedSet());

        assertThat(positions(reader(commits).read(afterTheFirst, 100))).containsExactly(8L);
    }

    @Test
    void aVoidRefusedWithAWriteConcernErrorAloneHoldsTheEventsBackWithoutFailingTheRead() {
        anExpiredHoleOf(1);

        TrackedEventReader reader = reader(insertManyFailingAfter(0, writeConcernError()));
        List<TrackedEventData<?>> first = reader.read(null, 100);

        assertThat(positions(first)).containsExactly(1L);
        assertThat(reader.read(tokenOf(first), 100)).isEmpty();
    }

    @Test
    void aFillStoppedPartwayIsResumedByTheNextReadWithoutWaitingOutTheGapTimeoutAgain() {
        anExpiredHoleOf(12);

        GapAwareTrackingToken afterTheFirst = GapAwareTrackingToken.newInstance(1, Collections.emptySortedSet());

        // windows of 5 from the top: 13..9 voided, then the store fails (a node lost, a crash) before 8..4
        List<TrackedEventData<?>> failed = reader(insertManyFailingAfter(1, new MongoSocketReadException(
                "connection reset", new ServerAddress()))).read(afterTheFirst, 5);
        List<TrackedEventData<?>> next = reader(commits).read(afterTheFirst, 5);

        assertThat(failed).isEmpty();
        assertThat(positions(next)).containsExactly(14L);
    }

    @Test
    void theTokenAtAnInstantAfterAVoidedHoleIsNotPulledBackByTheVoids() {
        GenericEventMessage.clock = clock; // the events' own timestamps on the test's clock
        anExpiredHoleOf(12);
        assertThat(engine.readEvents(null, false).map(e -> e.trackingToken().position().getAsLong()))
                .containsExactly(1L, 14L);
        Instant afterB = clock.instant().minusSeconds(5);
        clock.advance(Duration.ofSeconds(1));
        engine.appendEvents(scored("c", 0, "u", 15));

        // voids stamped with the reader's clock (after afterB) sat below b and made the search stop at a
        assertThat(engine.createTokenAt(afterB).position()).hasValue(14L);
    }

    /** Event a at 1, {@code indexes} reserved and never written, b behind them, then the gap timeout passes. */
    private void anExpiredHoleOf(int indexes) {
        engine.appendEvents(scored("a", 0, "u", 1));
        counter.reserve(indexes);
        engine.appendEvents(scored("b", 0, "u", indexes + 2));
        clock.advance(GAP_TIMEOUT.plusSeconds(1));
    }

    private TrackedEventReader reader(MongoCollection<Document> voidWrites) {
        return new TrackedEventReader(commits, voidWrites, counter, clock, GAP_TIMEOUT, 10_000);
    }

    private static GapAwareTrackingToken tokenOf(List<TrackedEventData<?>> events) {
        return (GapAwareTrackingToken) events.get(events.size() - 1).trackingToken();
    }

    private static List<Long> positions(List<TrackedEventData<?>> events) {
        return events.stream().map(e -> e.trackingToken().position().getAsLong()).toList();
    }

    /** A replica set's refusal of an insert of many documents: no write error, only the write concern's (not
     * acknowledged by a majority in time). */
    private static MongoBulkWriteException writeConcernError() {
        return new MongoBulkWriteException(BulkWriteResult.unacknowledged(), List.of(),
                new WriteConcernError(64, "WriteConcernFailed", "waiting for replication timed out",
                                      new BsonDocument()),
                new ServerAddress(), Set.of());
    }

    /** The commits collection, whose inserts of many documents succeed {@code succeeding} times, then fail so. */
    @SuppressWarnings("unchecked")
    private MongoCollection<Document> insertManyFailingAfter(int succeeding, RuntimeException failure) {
        AtomicInteger calls = new AtomicInteger();
        return (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (self, method, args) -> {
                    if (method.getName().equals("insertMany") && calls.getAndIncrement() >= succeeding) {
                        throw failure;
                    }
                    try {
                        return method.invoke(commits, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
