package vn.thidua.ledger.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

class GapTimeoutTest {

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MutableClock clock = new MutableClock(Instant.parse("2022-12-09T02:00:00Z"));
    private final MongoEventStorageEngine engine = store.engineBuilder().clock(clock)
                                                        .gapTimeout(Duration.ofSeconds(10)).build();
    private final GlobalIndexCounter counter = new GlobalIndexCounter(store.database.getCollection("eventCounters"));

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void eventsBehindAnOpenReservationWaitUntilItIsWritten() {
        engine.appendEvents(scored("a", 0, "u", 1));
        long reserved = counter.reserve(1);
        engine.appendEvents(scored("b", 0, "u", 3));

        assertThat(positions(null)).containsExactly(1L);

        // The slow writer lands its commit in the reserved slot: delivered in order, nothing skipped.
        store.database.getCollection("eventCommits").insertOne(
                CommitDocument.numbered(CommitDocument.of(List.of(scored("c", 0, "u", 2)), store.serializer),
                                        reserved, clock.instant()));
        assertThat(positions(null)).containsExactly(1L, 2L, 3L);
    }

    @Test
    void anAbandonedReservationIsVoidedAndPassedOnceTheCommitBehindItIsOlderThanTheGapTimeout() {
        engine.appendEvents(scored("a", 0, "u", 1));
        counter.reserve(1);
        engine.appendEvents(scored("b", 0, "u", 3));
        List<? extends TrackedEventMessage<?>> beforeTimeout = engine.readEvents(null, false).toList();

        clock.advance(Duration.ofSeconds(11));
        List<? extends TrackedEventMessage<?>> afterTimeout =
                engine.readEvents(beforeTimeout.get(0).trackingToken(), false).toList();
        engine.appendEvents(scored("d", 0, "u", 4));

        assertThat(beforeTimeout).hasSize(1);
        assertThat(afterTimeout).extracting(e -> e.trackingToken().position().getAsLong()).containsExactly(3L);
        // Never passed while missing: the reader voided the slot, so a late insert into it would be refused.
        assertThat(((GapAwareTrackingToken) afterTimeout.get(0).trackingToken()).getGaps()).isEmpty();
        Document slot = store.database.getCollection("eventCommits").find(new Document("_id", 2L)).first();
        assertThat(CommitDocument.isVoid(slot)).isTrue();
        assertThat(positions(afterTimeout.get(0).trackingToken())).containsExactly(4L);
    }

    @Test
    void aReplayOfOldEventsCarriesNoGapsForOldHoles() {
        engine.appendEvents(scored("a", 0, "u", 1));
        counter.reserve(2);
        engine.appendEvents(scored("b", 0, "u", 4));
        clock.advance(Duration.ofDays(400));

        List<? extends TrackedEventMessage<?>> replay = engine.readEvents(null, false).toList();

        assertThat(replay).extracting(e -> e.trackingToken().position().getAsLong()).containsExactly(1L, 4L);
        assertThat(((GapAwareTrackingToken) replay.get(1).trackingToken()).getGaps()).isEmpty();
    }

    @Test
    void aWriterWhoseReservationAgedVoidsItAndWritesUnderFreshIndexes() {
        MongoEventStorageEngine slowWriter = store.engineBuilder().clock(new OnceSlowClock(clock, Duration.ofSeconds(6)))
                                                  .gapTimeout(Duration.ofSeconds(10)).build();

        slowWriter.appendEvents(scored("a", 0, "u", 1));

        assertThat(positions(null)).containsExactly(2L);
        assertThat(engine.readEvents("a").asStream().count()).isEqualTo(1);
    }

    /**
     * A hole longer than a read's window (a writer that died during a commit of many events): the reader voids it
     * window by window, and a window of nothing but voids is passed to the commit behind it, not read again forever.
     */
    @Test
    void aHoleLongerThanTheReadWindowIsVoidedAndPassed() {
        MongoEventStorageEngine smallBatches = store.engineBuilder().clock(clock).gapTimeout(Duration.ofSeconds(10))
                                                    .batchSize(5).build();
        smallBatches.appendEvents(scored("a", 0, "u", 1));
        counter.reserve(12);
        smallBatches.appendEvents(scored("b", 0, "u", 14));
        clock.advance(Duration.ofSeconds(11));

        assertThat(smallBatches.readEvents(null, false).map(e -> e.trackingToken().position().getAsLong()).toList())
                .containsExactly(1L, 14L);
    }

    private List<Long> positions(TrackingToken from) {
        return engine.readEvents(from, false).map(e -> e.trackingToken().position().getAsLong()).toList();
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    /** A clock that jumps once, on its second reading: the writer stalls between reserving and writing. */
    static final class OnceSlowClock extends Clock {
        private final MutableClock base;
        private final Duration stall;
        private int readings;

        OnceSlowClock(MutableClock base, Duration stall) {
            this.base = base;
            this.stall = stall;
        }

        @Override
        public Instant instant() {
            if (++readings == 2) {
                base.advance(stall);
            }
            return base.instant();
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
