package vn.thidua.ledger.eventstore;

import com.mongodb.client.model.Filters;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

/**
 * "No event skipped by a view under stalls": a writer stalls between reserving its global index and
 * writing, long past the gap timeout, while a processor reads on. Whatever the writer is told, an event
 * it was told is stored is seen by the processor, and an event it was not told is stored is seen or absent.
 */
class StalledWriterTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final GapTimeoutTest.MutableClock clock = new GapTimeoutTest.MutableClock(Instant.parse("2022-12-09T02:00:00Z"));
    private final MongoEventStorageEngine engine = store.engineBuilder().clock(clock).gapTimeout(GAP_TIMEOUT).build();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEventWrittenAfterItsWriterStalledPastTheGapTimeoutIsSeenByAProcessorThatPassedItsSlot() throws Exception {
        Outcome outcome = stallAWriterWhileAProcessorPassesItsSlot(StallingDatabase.Mode.STALL);

        assertThat(outcome.acknowledged).isTrue();
        assertThat(outcome.seen).isTrue();
        assertThat(outcome.stored).isEqualTo(1);
    }

    @Test
    void anInsertWhoseAnswerWasLostIsAcknowledgedOnlyBecauseItIsStoredAndSeen() throws Exception {
        Outcome outcome = stallAWriterWhileAProcessorPassesItsSlot(StallingDatabase.Mode.ANSWER_LOST);

        assertThat(outcome.acknowledged).isTrue();
        assertThat(outcome.seen).isTrue();
        assertThat(outcome.stored).isEqualTo(1);
    }

    @Test
    void anInsertThatTimedOutAndLandsLateNeitherDuplicatesNorHidesTheEvent() throws Exception {
        Outcome outcome = stallAWriterWhileAProcessorPassesItsSlot(StallingDatabase.Mode.LANDS_LATE);

        assertThat(outcome.stored).isLessThanOrEqualTo(1);
        assertThat(outcome.seen).isEqualTo(outcome.stored == 1);
        if (outcome.acknowledged) {
            assertThat(outcome.seen).isTrue();
        }
    }

    @Test
    void anUnansweredCommitBeforeOthersOfTheSameWriteIsVoidedOnceAndTheHistoryVerifiesIntact() {
        StallingDatabase stalling = new StallingDatabase(store.database, StallingDatabase.Mode.LANDS_LATE);
        MongoEventStorageEngine node = store.engineBuilder().database(stalling.database()).clock(clock)
                                            .gapTimeout(GAP_TIMEOUT).build();
        engine.appendEvents(scored("a", 0, "u", 1));

        // two aggregates in one write: two commits under one reservation; the first insert gets no answer
        node.appendEvents(scored("first", 0, "u", 2), scored("second", 0, "u", 3));
        stalling.release();

        List<Document> voids = store.database.getCollection(EventStoreCollections.COMMITS)
                                             .find(Filters.size(CommitDocument.EVENTS, 0)).into(new ArrayList<>());
        assertThat(voids).as("one void per reserved slot, none over another").hasSize(2)
                         .extracting(CommitDocument::firstIndex).doesNotHaveDuplicates();
        assertIntact();
    }

    @Test
    void aReaderVoidOverTheSecondCommitOfAWriteLeavesNoVoidOverAnotherAndEveryEventIsStored() throws Exception {
        StallingDatabase stalling = new StallingDatabase(store.database, StallingDatabase.Mode.STALL, "y");
        MongoEventStorageEngine node = store.engineBuilder().database(stalling.database()).clock(clock)
                                            .gapTimeout(GAP_TIMEOUT).build();
        engine.appendEvents(scored("a", 0, "u", 1));
        // x at 2, y at 3..4 (stalled), z at 5: one reservation of 2..5
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> node.appendEvents(
                scored("x", 0, "u", 2), scored("y", 0, "u", 3), scored("y", 1, "u", 4), scored("z", 0, "u", 5)));
        stalling.awaitInsert();
        engine.appendEvents(scored("b", 0, "u", 6));
        clock.advance(GAP_TIMEOUT.multipliedBy(3));

        List<Long> whileStalled = positions(null);
        stalling.release();
        writer.get(30, TimeUnit.SECONDS);

        assertThat(whileStalled).as("the reader voided 3..5").containsExactly(1L, 2L, 6L);
        assertThat(positions(null)).as("y and z under fresh indexes").hasSize(6);
        assertIntact();
    }

    private List<Long> positions(TrackingToken from) {
        return engine.readEvents(from, false).map(e -> e.trackingToken().position().getAsLong()).toList();
    }

    private void assertIntact() {
        IntegrityReport report = store.verifyAMinuteAfter(clock.instant(), GAP_TIMEOUT);
        assertThat(report.intact()).as("%s", report).isTrue();
    }

    private Outcome stallAWriterWhileAProcessorPassesItsSlot(StallingDatabase.Mode mode) throws Exception {
        StallingDatabase stalling = new StallingDatabase(store.database, mode);
        MongoEventStorageEngine stalledNode = store.engineBuilder().database(stalling.database()).clock(clock)
                                                   .gapTimeout(GAP_TIMEOUT).build();
        engine.appendEvents(scored("a", 0, "u", 1));
        GenericDomainEventMessage<?> late = scored("late", 0, "u", 2);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> stalledNode.appendEvents(late));
        stalling.awaitInsert();
        GenericDomainEventMessage<?> behind = scored("b", 0, "u", 3);
        engine.appendEvents(behind);
        // The commit behind the stalled writer's slot is now far older than the gap timeout.
        clock.advance(GAP_TIMEOUT.multipliedBy(3));

        try (RecordingProcessor processor = new RecordingProcessor(engine, store.tokenStore(), "view").start()) {
            await().atMost(Duration.ofSeconds(30)).until(() -> processor.eventIds.contains(behind.getIdentifier()));
            stalling.release();
            boolean acknowledged = writer.handle((ok, error) -> error == null).get();
            GenericDomainEventMessage<?> sentinel = scored("sentinel", 0, "u", 4);
            engine.appendEvents(sentinel);
            await().atMost(Duration.ofSeconds(30)).until(() -> processor.eventIds.contains(sentinel.getIdentifier()));

            long stored = engine.readEvents(null, false)
                                .filter(e -> e.getIdentifier().equals(late.getIdentifier())).count();
            return new Outcome(acknowledged, processor.eventIds.contains(late.getIdentifier()), stored);
        }
    }

    private record Outcome(boolean acknowledged, boolean seen, long stored) {
    }
}
