package vn.thidua.ledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.eventstore.GapTimeoutTest.MutableClock;

/**
 * A writer that reserved the global indexes of a commit of many events, then stalled past the gap timeout, lands its
 * commit while a reader voids the hole it left, in windows smaller than the hole (the race of a late writer against a
 * reader, one slot at a time: {@link TrackedEventReader}). Whichever wins, no void may lie inside a stored commit:
 * the integrity verifier would report the history as rewritten (an overlap), though nobody rewrote it.
 */
class LateCommitInAHoleTest {

    private static final Duration GAP_TIMEOUT = Duration.ofSeconds(10);
    private static final int WINDOW = 5;
    private static final int LATE_EVENTS = 12;

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2022-12-09T02:00:00Z"));
    private final MongoEventStorageEngine engine = store.engineBuilder().clock(clock).gapTimeout(GAP_TIMEOUT)
                                                        .batchSize(WINDOW).build();
    private final GlobalIndexCounter counter = new GlobalIndexCounter(store.database.getCollection("eventCounters"));
    private final MongoCollection<Document> commits = store.database.getCollection("eventCommits");
    private long reserved;

    @BeforeEach
    void aHoleOfTwelveIndexesBehindACommitOlderThanTheGapTimeout() {
        engine.appendEvents(scored("a", 0, "u", 1));
        reserved = counter.reserve(LATE_EVENTS);
        engine.appendEvents(scored("b", 0, "u", 14));
        clock.advance(GAP_TIMEOUT.plusSeconds(1));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLateCommitThatLandsJustBeforeTheReaderVoidsIsReadWholeAndNotVoided() {
        List<Long> read = readWith(voidsAfter(this::landLateCommit));

        assertThat(read).containsExactlyElementsOf(LongStream.rangeClosed(1, 14).boxed().toList());
        assertNoVoidInsideACommit();
    }

    @Test
    void aLateCommitThatLandsWhileTheReaderVoidsIsRefusedOrReadWhole() {
        List<Long> read = readWith(voidsThen(this::landLateCommit));

        assertThat(read).isIn(List.of(1L, 14L), LongStream.rangeClosed(1, 14).boxed().toList());
        assertNoVoidInsideACommit();
    }

    @Test
    void belowALateCommitAtTheTopOfTheHoleTheRestIsVoidedInTheSameRead() {
        // Another writer's commit of two events in the top two slots: recent, but inside a hole found expired.
        List<Long> read = readWith(voidsAfter(() -> landCommit(reserved + LATE_EVENTS - 2, 2)));

        assertThat(read).containsExactly(1L, 12L, 13L, 14L);
        assertNoVoidInsideACommit();
    }

    /** The stalled writer's commit of {@value #LATE_EVENTS} events under its reservation; refused if a slot is taken. */
    private void landLateCommit() {
        landCommit(reserved, LATE_EVENTS);
    }

    private void landCommit(long firstIndex, int size) {
        List<GenericDomainEventMessage<?>> events = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            events.add(scored("c", i, "u", (int) firstIndex + i));
        }
        try {
            commits.insertOne(CommitDocument.numbered(CommitDocument.of(events, store.serializer), firstIndex,
                                                      clock.instant()));
        } catch (MongoWriteException refused) {
            // its last slot was voided: the writer retries under fresh indexes (MongoEventStorageEngine)
        }
    }

    private List<Long> readWith(MongoCollection<Document> voidWrites) {
        TrackedEventReader reader = new TrackedEventReader(commits, voidWrites, counter, clock, GAP_TIMEOUT, 10_000);
        List<Long> positions = new ArrayList<>();
        GapAwareTrackingToken token = null;
        for (int poll = 0; poll < 10; poll++) {
            for (TrackedEventData<?> event : reader.read(token, WINDOW)) {
                token = (GapAwareTrackingToken) event.trackingToken();
                positions.add(token.getIndex());
            }
        }
        return positions;
    }

    private void assertNoVoidInsideACommit() {
        List<Document> stored = commits.find().into(new ArrayList<>());
        List<Document> voids = stored.stream().filter(CommitDocument::isVoid).toList();
        for (Document commit : stored.stream().filter(c -> !CommitDocument.isVoid(c)).toList()) {
            assertThat(voids).as("voids inside the commit %d..%d", CommitDocument.firstIndex(commit),
                                 CommitDocument.lastIndex(commit))
                    .noneMatch(v -> CommitDocument.lastIndex(v) >= CommitDocument.firstIndex(commit)
                            && CommitDocument.firstIndex(v) <= CommitDocument.lastIndex(commit));
        }
        // what an auditor runs: no overlap reported, every index 1..14 held by a commit or a void
        IntegrityReport report = store.verifyAMinuteAfter(clock.instant(), GAP_TIMEOUT);
        assertThat(report.intact()).as("%s", report).isTrue();
        assertThat(report.verifiedTo()).isEqualTo(14);
    }

    /** The commits collection, with {@code action} run before the reader's first voids are inserted. */
    private MongoCollection<Document> voidsAfter(Runnable action) {
        return onFirstInsertMany(action, true);
    }

    /** The commits collection, with {@code action} run after the reader's first voids are inserted. */
    private MongoCollection<Document> voidsThen(Runnable action) {
        return onFirstInsertMany(action, false);
    }

    @SuppressWarnings("unchecked")
    private MongoCollection<Document> onFirstInsertMany(Runnable action, boolean before) {
        AtomicBoolean first = new AtomicBoolean(true);
        return (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (self, method, args) -> {
                    boolean hooked = method.getName().equals("insertMany") && first.compareAndSet(true, false);
                    if (hooked && before) {
                        action.run();
                    }
                    try {
                        return method.invoke(commits, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    } finally {
                        if (hooked && !before) {
                            action.run();
                        }
                    }
                });
    }
}
