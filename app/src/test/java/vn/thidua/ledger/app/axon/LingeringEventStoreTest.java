package vn.thidua.ledger.app.axon;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The reader of new events for this node's processors: woken once per linger after commits, not after each, and never
 * left asleep after a commit. Its own polling is set to a minute here, so only a wake-up can deliver within the test.
 */
class LingeringEventStoreTest {

    // Long enough that 20 in-memory commits fall within one or two lingers even on a loaded machine.
    private static final Duration LINGER = Duration.ofMillis(1000);
    private static final long POLLING_MILLIS = 60_000;

    private final CountingEngine engine = new CountingEngine();
    private final List<EmbeddedEventStore> stores = new ArrayList<>();

    @AfterEach
    void shutDown() {
        stores.forEach(EmbeddedEventStore::shutDown);
    }

    @Test
    void commitsWithinTheLingerAreReadTogether() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = tailing(LINGER);

        int readsBefore = engine.reads.get();
        IntStream.range(0, 20).forEach(i -> stores.get(0).publish(GenericEventMessage.asEventMessage("event-" + i)));

        assertThat(read(stream, 20)).hasSize(20);
        assertThat(engine.reads.get() - readsBefore).isBetween(1, 4);
    }

    /** Without a linger (0) the store is Axon's: each commit wakes the reader at once. */
    @ParameterizedTest
    @ValueSource(longs = {0, 1000})
    void aLoneCommitIsDeliveredAfterTheLingerNotAfterThePolling(long lingerMillis) throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = tailing(Duration.ofMillis(lingerMillis));

        long start = System.nanoTime();
        stores.get(0).publish(GenericEventMessage.asEventMessage("alone"));

        assertThat(read(stream, 1)).containsExactly("alone");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(POLLING_MILLIS / 2));
    }

    /**
     * A pooled processor's coordinator that is offered an availability callback waits for it, where it would schedule
     * its own look for events every 500 ms (which a stop request cannot overtake): the store runs it periodically, and
     * a commit is then found.
     */
    @Test
    void aReaderThatAsksIsToldPeriodicallyAndFindsACommit() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = tailing(LINGER, Duration.ofMillis(20));
        CountDownLatch told = new CountDownLatch(3);

        assertThat(stream.setOnAvailableCallback(told::countDown)).isTrue();
        stores.get(0).publish(GenericEventMessage.asEventMessage("committed"));

        assertThat(told.await(POLLING_MILLIS / 2, TimeUnit.MILLISECONDS)).isTrue();
        assertThat(read(stream, 1)).containsExactly("committed");
    }

    @Test
    void aClosedStreamIsToldNothingMore() throws Exception {
        BlockingStream<TrackedEventMessage<?>> stream = tailing(LINGER, Duration.ofMillis(20));
        AtomicInteger told = new AtomicInteger();
        stream.setOnAvailableCallback(told::incrementAndGet);
        await().atMost(Duration.ofMillis(POLLING_MILLIS / 2)).until(() -> told.get() > 0);

        stream.close();
        Thread.sleep(100); // a run that had begun before the close may still end
        int afterClose = told.get();
        stores.get(0).publish(GenericEventMessage.asEventMessage("after-close"));
        Thread.sleep(300); // some fifteen periodic runs, and the commit's

        assertThat(told.get()).isEqualTo(afterClose);
    }

    /** Axon stops the store before the command handlers: a command may still commit, and must not fail for it. */
    @Test
    void aCommitAfterTheStoreIsShutDownIsStoredWithoutAnError() {
        // No commit before: no wake-up pending, so this one must be scheduled on the stopped executor.
        EmbeddedEventStore store = new LingeringEventStore(EmbeddedEventStore.builder().storageEngine(engine), LINGER);
        stores.add(store);
        store.shutDown();

        store.publish(GenericEventMessage.asEventMessage("late"));

        assertThat(engine.readEvents(null, false).map(message -> (Object) message.getPayload())).contains("late");
    }

    /** A store with one event, and a stream that has read it and now follows the store's reader. */
    private BlockingStream<TrackedEventMessage<?>> tailing(Duration linger) throws InterruptedException {
        return tailing(linger, LingeringEventStore.AVAILABILITY_POLL);
    }

    /** As {@link #tailing(Duration)}, with the streams' availability callbacks run every {@code availabilityPoll}. */
    private BlockingStream<TrackedEventMessage<?>> tailing(Duration linger, Duration availabilityPoll)
            throws InterruptedException {
        EmbeddedEventStore store = new LingeringEventStore(
                EmbeddedEventStore.builder().storageEngine(engine).fetchDelay(POLLING_MILLIS), linger, availabilityPoll);
        stores.add(store);
        store.publish(GenericEventMessage.asEventMessage("first"));
        BlockingStream<TrackedEventMessage<?>> stream = store.openStream(null);
        assertThat(read(stream, 1)).hasSize(1);
        // Past its own end the stream starts to follow the store's reader.
        assertThat(stream.hasNextAvailable(100, TimeUnit.MILLISECONDS)).isFalse();
        return stream;
    }

    private static List<Object> read(BlockingStream<TrackedEventMessage<?>> stream, int count)
            throws InterruptedException {
        List<Object> events = new ArrayList<>();
        while (events.size() < count && stream.hasNextAvailable(10, TimeUnit.SECONDS)) {
            events.add(stream.nextAvailable().getPayload());
        }
        return events;
    }

    /** An in-memory store that counts the tracked reads. */
    private static final class CountingEngine extends InMemoryEventStorageEngine {

        private final AtomicInteger reads = new AtomicInteger();

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            reads.incrementAndGet();
            return super.readEvents(trackingToken, mayBlock);
        }
    }
}
