package vn.thidua.ledger.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

class LiveProcessingTest {

    private static final int WRITERS = 4;
    private static final int COMMITS_PER_WRITER = 500;

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MongoEventStorageEngine engine = store.engine();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aLiveProcessorSeesEveryEventOfConcurrentWritersExactlyOnceInGlobalOrder() throws Exception {
        concurrentWritersAreSeenExactlyOnceInGlobalOrder(store);
    }

    @Test
    void theSameHoldsOnTheH2FileBackendTheServerUsesByDefault(@TempDir Path dir) throws Exception {
        try (EventStoreFixture onFile = EventStoreFixture.onFile(dir.resolve("events.mv"))) {
            concurrentWritersAreSeenExactlyOnceInGlobalOrder(onFile);
        }
    }

    private static void concurrentWritersAreSeenExactlyOnceInGlobalOrder(EventStoreFixture store) throws Exception {
        MongoEventStorageEngine engine = store.engine();
        try (RecordingProcessor processor = new RecordingProcessor(engine, store.tokenStore(), "live").start()) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            CyclicBarrier allReady = new CyclicBarrier(WRITERS);
            List<Future<Integer>> written = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                String aggregateId = "writer-" + w;
                // An engine per writer, as on separate command nodes: their reservations race on the counter.
                MongoEventStorageEngine node = store.engine();
                written.add(writers.submit(() -> {
                    allReady.await(30, TimeUnit.SECONDS);
                    return writeCommits(node, aggregateId);
                }));
            }
            int expected = 0;
            for (Future<Integer> count : written) {
                expected += count.get(120, TimeUnit.SECONDS);
            }
            writers.shutdown();
            // A sentinel written last: once it is handled, a duplicate of any earlier event would already be in.
            GenericDomainEventMessage<?> sentinel = scored("sentinel", 0, "sentinel", 0);
            engine.appendEvents(sentinel);
            int total = expected + 1;

            await().atMost(Duration.ofSeconds(60)).until(() -> processor.eventIds.contains(sentinel.getIdentifier()));

            assertThat(expected).isEqualTo(WRITERS * (COMMITS_PER_WRITER / 5 * 3 + COMMITS_PER_WRITER / 5 * 4));
            assertThat(processor.count()).isEqualTo(total);
            assertThat(new HashSet<>(processor.eventIds)).hasSize(total);
            assertThat(processor.positions).isSorted().doesNotHaveDuplicates();
            assertThat(engine.headIndex()).isGreaterThanOrEqualTo(total);
            for (int w = 0; w < WRITERS; w++) {
                assertThat(engine.readEvents("writer-" + w).asStream().count())
                        .isEqualTo(COMMITS_PER_WRITER / 5 * 7);
            }
            // The race really happened: in global order the writers' commits alternate, they did not run one after another.
            assertThat(writerSwitches(engine)).as("changes of writer along the global order")
                                              .isGreaterThan(WRITERS - 1);
        }
    }

    /** How often the aggregate changes from one event to the next, in global order. */
    private static long writerSwitches(MongoEventStorageEngine engine) {
        List<String> aggregates;
        try (Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(null, false)) {
            aggregates = events.map(event -> ((DomainEventMessage<?>) event).getAggregateIdentifier())
                               .filter(id -> id.startsWith("writer-")).toList();
        }
        return IntStream.range(1, aggregates.size())
                        .filter(i -> !aggregates.get(i).equals(aggregates.get(i - 1))).count();
    }

    /** One in five commits holds three events, the others one. */
    private static int writeCommits(MongoEventStorageEngine node, String aggregateId) {
        long sequence = 0;
        for (int c = 0; c < COMMITS_PER_WRITER; c++) {
            int size = c % 5 == 0 ? 3 : 1;
            List<EventMessage<?>> commit = new ArrayList<>();
            for (int e = 0; e < size; e++) {
                commit.add(scored(aggregateId, sequence++, aggregateId, c));
            }
            node.appendEvents(commit);
        }
        return (int) sequence;
    }

    @Test
    void aRebuildFromResetTokensGivesTheIdenticalViewAndReportsItsProgress() {
        for (int i = 0; i < 300; i++) {
            engine.appendEvents(scored("card-" + (i % 7), i / 7, "unit-" + (i % 7), i));
        }
        StringBuilder view = new StringBuilder();
        List<Long> replayProgress = new ArrayList<>();
        RecordingProcessor[] holder = new RecordingProcessor[1];
        try (RecordingProcessor processor = new RecordingProcessor(engine, store.tokenStore(), "view", event -> {
            view.append(((EventStoreFixture.UnitScored) event.getPayload()).points()).append(',');
            holder[0].processor.processingStatus().values().stream()
                     .filter(status -> status.isReplaying())
                     .forEach(status -> replayProgress.add(status.getCurrentPosition().orElse(0)));
        })) {
            holder[0] = processor;
            processor.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> processor.count() == 300);
            String live = view.toString();

            processor.processor.shutDown();
            view.setLength(0);
            processor.processor.resetTokens();
            processor.processor.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> processor.count() == 600);

            assertThat(view.toString()).isEqualTo(live);
            assertThat(replayProgress).isNotEmpty();
            assertThat(replayProgress).anySatisfy(position -> assertThat(position).isBetween(1L, 299L));
            long head = engine.headIndex();
            await().atMost(Duration.ofSeconds(10)).until(() -> processor.processor.processingStatus().values()
                    .stream().allMatch(s -> s.getCurrentPosition().orElse(-1) == head));
        }
    }

    @Test
    void aLiveProcessorPassesAnAbandonedReservationAfterTheGapTimeoutAndSkipsNothingBehindIt() {
        MongoEventStorageEngine shortGaps = store.engineBuilder().gapTimeout(Duration.ofMillis(700))
                                                    .insertTimeout(Duration.ofSeconds(5)).build();
        try (RecordingProcessor processor = new RecordingProcessor(shortGaps, store.tokenStore(), "gaps").start()) {
            shortGaps.appendEvents(scored("a", 0, "u", 1));
            new GlobalIndexCounter(store.database.getCollection("eventCounters")).reserve(1); // a writer that died
            GenericDomainEventMessage<?> behindTheGap = scored("a", 1, "u", 2);
            shortGaps.appendEvents(behindTheGap);
            shortGaps.appendEvents(scored("a", 2, "u", 3));

            await().atMost(Duration.ofSeconds(10)).until(() -> processor.count() == 3);

            assertThat(processor.positions).containsExactly(1L, 3L, 4L);
            assertThat(processor.eventIds.get(1)).isEqualTo(behindTheGap.getIdentifier());
        }
    }
}
