package vn.thidua.ledger.query.replay;

import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewNotFoundException;
import vn.thidua.ledger.query.view.ViewRegistry;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** Rebuilds on a real Axon processor over an in-memory event store: reset, replay, and the progress reported. */
class ViewRebuildsTest {

    private static final String VIEW = "probes";
    private static final Instant STARTED = Instant.parse("2022-12-09T08:00:00Z");
    private static final Duration WAIT = Duration.ofSeconds(20);
    /** The production default of ViewRebuilds' wait for a processor to stop. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** Smaller than the stream, so a rebuild folds it in several windows. */
    private static final int WINDOW = 2;

    private final ProbeView view = new ProbeView();
    private Configuration axon;
    private ViewRebuilds rebuilds;

    @BeforeEach
    void start() {
        axon = startAxon(view, configurer -> configurer);
        rebuilds = new ViewRebuilds(new ViewRegistry(List.of(view)), axon.eventProcessingConfiguration(),
                                    axon.eventStore(), Clock.fixed(STARTED, ZoneOffset.UTC), WINDOW);
        rebuilds.start();
        publishFiveEvents(axon, rebuilds, view);
    }

    /** The probe view's processor, with one segment as the application's view processors have, started. */
    static Configuration startAxon(ProbeView view, UnaryOperator<Configurer> configure) {
        Configuration axon = configure.apply(DefaultConfigurer.defaultConfiguration())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .eventProcessing(processing -> processing.registerPooledStreamingEventProcessor(
                        VIEW, Configuration::eventStore, (c, builder) -> builder.initialSegmentCount(1))
                                                         .registerEventHandler(c -> view))
                .buildConfiguration();
        axon.start();
        return axon;
    }

    /** {@code event-0} to {@code event-4}, once the view has them all. */
    static void publishFiveEvents(Configuration axon, ViewRebuilds rebuilds, ProbeView view) {
        IntStream.range(0, 5).forEach(i -> axon.eventStore().publish(GenericEventMessage.asEventMessage("event-" + i)));
        await().atMost(WAIT).until(() -> rebuilds.status(VIEW).lag() == 0 && view.applied.size() == 5);
    }

    /** Starts a rebuild and returns once it is handling {@code payload}, held there until {@code gateOpen}. */
    private void rebuildHeldAt(String payload) throws InterruptedException {
        view.gate = payload;
        rebuilds.rebuild(VIEW);
        assertThat(view.gateReached.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
    }

    /** Rebuilds of the probe view reading {@code store}, started, waiting {@code stopWithin} for its processor. */
    private ViewRebuilds startedRebuilds(EventStore store, Duration stopWithin) {
        ViewRebuilds started = new ViewRebuilds(new ViewRegistry(List.of(view)), axon.eventProcessingConfiguration(),
                                                store, Clock.fixed(STARTED, ZoneOffset.UTC), stopWithin, WINDOW);
        started.start();
        return started;
    }

    /** Rebuilds that wait 200 ms for the processor to stop, returned while the processor is held in a slow batch. */
    private ViewRebuilds impatientDuringASlowBatch() throws InterruptedException {
        ViewRebuilds impatient = startedRebuilds(axon.eventStore(), Duration.ofMillis(200));
        axon.eventStore().publish(GenericEventMessage.asEventMessage(ProbeView.SLOW));
        assertThat(view.slowBatchEntered.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        return impatient;
    }

    @AfterEach
    void stop() {
        rebuilds.stop();
        axon.shutdown();
    }

    @Test
    void aViewThatKeepsUpStandsAtTheHeadWithNoRebuild() {
        ViewStatus status = rebuilds.status(VIEW);

        assertThat(status.state()).isEqualTo("RUNNING");
        assertThat(status.position()).isEqualTo(4);
        assertThat(status.head()).isEqualTo(4);
        assertThat(status.progress()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(status.replaying()).isFalse();
        assertThat(status.rebuild()).isNull();
        assertThat(status.collections()).containsExactly(VIEW);
    }

    @Test
    void aRebuildClearsTheViewThroughItsResetHandlerAndReplaysItUpToTheHeadItStartedAgainst() {
        ViewStatus started = rebuilds.rebuild(VIEW);

        assertThat(view.resets).hasValue(1);
        assertThat(started.rebuild().startedAt()).isEqualTo(STARTED);
        assertThat(started.rebuild().headAtStart()).isEqualTo(4);
        // Replaying ends with the last window written; the view is RUNNING only once it is handed back to its processor.
        await().atMost(WAIT).until(() -> view.applied.size() == 5 && rebuilds.status(VIEW).state().equals("RUNNING"));
        ViewStatus done = rebuilds.status(VIEW);
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
        assertThat(done.state()).isEqualTo("RUNNING");
        assertThat(done.lag()).isZero();
        assertThat(done.progress()).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(done.rebuild().finishedAt()).isEqualTo(STARTED);
        // Five positions read in no measurable time (a fixed clock): the speed is counted over at least a millisecond.
        assertThat(done.rebuild().eventsPerSecond()).isEqualByComparingTo(BigDecimal.valueOf(5000));
    }

    /**
     * The rebuild is done when it has written its last window, not when someone next reads its status: the speed it
     * reports does not depend on how often its progress is polled.
     */
    @Test
    void aRebuildEndsWhenItsLastWindowIsWrittenHoweverLateItsStatusIsRead() throws Exception {
        AtomicReference<Instant> now = new AtomicReference<>(STARTED);
        ViewRebuilds timed = new ViewRebuilds(new ViewRegistry(List.of(view)), axon.eventProcessingConfiguration(),
                                              axon.eventStore(), new Clock() {
            @Override
            public Instant instant() {
                return now.get();
            }

            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        }, STOP_WAIT, WINDOW);
        timed.start();
        try {
            view.gate = "event-4";
            timed.rebuild(VIEW);
            assertThat(view.gateReached.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
            now.set(STARTED.plusSeconds(2));
            view.gateOpen.countDown();
            await().atMost(WAIT).until(() -> processor().isRunning());
            now.set(STARTED.plus(Duration.ofHours(1)));

            ViewStatus.Rebuild done = timed.status(VIEW).rebuild();

            assertThat(done.finishedAt()).isEqualTo(STARTED.plusSeconds(2));
            assertThat(done.eventsPerSecond()).isEqualByComparingTo(BigDecimal.valueOf(2.5));
        } finally {
            timed.stop();
        }
    }

    /**
     * While it folds, the view knows that only the rebuild writes it (its stores then look up only what the rebuild
     * wrote); once handed back to its processor it is told so, before other nodes may write it again.
     */
    @Test
    void theViewIsToldWhenTheRebuildHasClearedItAndWhenItHandsItBack() throws Exception {
        rebuildHeldAt("event-2");
        assertThat(view.told).containsExactly("began");

        view.gateOpen.countDown();
        await().atMost(WAIT).until(() -> processor().isRunning() && !rebuilds.status(VIEW).replaying());

        assertThat(view.told).containsExactly("began", "ended");
    }

    @Test
    void aRebuildWindowOfNoEventsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new ViewRebuilds(new ViewRegistry(List.of(view)), axon.eventProcessingConfiguration(),
                                                  axon.eventStore(), Clock.systemUTC(), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("thidua.views.rebuild-window-size must be at least 1, not 0");
    }

    @Test
    void rebuildingEveryViewRebuildsEachRegisteredView() {
        assertThat(rebuilds.rebuildAll()).extracting(ViewStatus::name).containsExactly(VIEW);
        assertThat(view.resets).hasValue(1);
        // Replaying ends with the last window written; the view is RUNNING only once it is handed back to its processor.
        await().atMost(WAIT).until(() -> view.applied.size() == 5 && rebuilds.status(VIEW).state().equals("RUNNING"));
    }

    @Test
    void aStoppedProcessorIsReportedStopped() {
        processor().shutDown();

        assertThat(rebuilds.status(VIEW).state()).isEqualTo("STOPPED");
    }

    /** A node catching up may be in a long batch: the rebuild is refused (409), and the view is left running. */
    @Test
    void aViewThatDoesNotStopInTimeIsNotResetAndKeepsRunning() throws Exception {
        ViewRebuilds impatient = impatientDuringASlowBatch();

        assertThatThrownBy(() -> impatient.rebuild(VIEW)).isInstanceOf(RebuildRefusedException.class)
                                                          .hasMessageContaining("keeps running");
        view.slowBatchMayEnd.countDown();
        axon.eventStore().publish(GenericEventMessage.asEventMessage("after-the-refusal"));

        await().atMost(WAIT).until(() -> view.applied.contains("after-the-refusal"));
        assertThat(view.resets).hasValue(0);
        assertThat(view.applied).hasSize(7);
        assertThat(rebuilds.status(VIEW).state()).isEqualTo("RUNNING");
    }

    @Test
    void eventsStoredDuringARebuildAreFoldedAfterItOnceEachAndInOrder() throws Exception {
        rebuildHeldAt("event-2");
        assertThat(rebuilds.status(VIEW).state()).isEqualTo("REBUILDING");

        axon.eventStore().publish(GenericEventMessage.asEventMessage("during-0"),
                                  GenericEventMessage.asEventMessage("during-1"));
        view.gateOpen.countDown();

        await().atMost(WAIT).until(() -> view.applied.size() == 7 && rebuilds.status(VIEW).lag() == 0);
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4", "during-0",
                                                 "during-1");
        assertThat(rebuilds.status(VIEW).state()).isEqualTo("RUNNING");
        assertThat(rebuilds.status(VIEW).position()).isEqualTo(6);
    }

    /** As after Axon's reset: the events up to the processor's token at the reset are a replay, later ones not. */
    @Test
    void theHandlersSeeAReplayUpToTheTokenTheProcessorHadAndRegularEventsAfter() throws Exception {
        rebuildHeldAt("event-4");
        axon.eventStore().publish(GenericEventMessage.asEventMessage("after-the-reset"));
        view.gateOpen.countDown();

        await().atMost(WAIT).until(() -> view.applied.size() == 6);
        assertThat(view.replayed).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
    }

    @Test
    void aRebuildAskedWhileOneRunsIsRefusedAndTheRunGoesOn() throws Exception {
        rebuildHeldAt("event-2");

        assertThatThrownBy(() -> rebuilds.rebuildAll()).isInstanceOf(RebuildRefusedException.class)
                                                      .hasMessageContaining("being rebuilt or started again already");
        view.gateOpen.countDown();

        await().atMost(WAIT).until(() -> !rebuilds.status(VIEW).replaying());
        assertThat(view.resets).hasValue(1);
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
    }

    /**
     * A node that stops (or dies) mid-rebuild leaves in the token store the token of the last window it wrote, not
     * the one from before the reset: the processor, started again, goes on from there and folds nothing twice.
     */
    @Test
    void aNodeStoppingMidRebuildLeavesTheTokenOfTheLastWindowWrittenAndTheProcessorGoesOnFromIt() throws Exception {
        rebuildHeldAt("event-3");
        Thread stopping = new Thread(rebuilds::stop);
        stopping.start();
        await().atMost(WAIT).until(() -> stopping.getState() == Thread.State.TIMED_WAITING);
        view.gateOpen.countDown();
        stopping.join(WAIT.toMillis());

        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3");
        assertThat(rebuilds.status(VIEW).state()).isEqualTo("STOPPED");
        processor().start();
        await().atMost(WAIT).until(() -> rebuilds.status(VIEW).lag() == 0 && view.applied.size() == 5);
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
    }

    /** Before the first window: a node killed then leaves its processor a replay from the start, not its old token. */
    @Test
    void theResetIsInTheTokenStoreBeforeAnythingIsFolded() throws Exception {
        rebuildHeldAt("event-0");

        TrackingToken stored = axon.eventProcessingConfiguration().tokenStore(VIEW).fetchToken(VIEW, 0);
        view.gateOpen.countDown();

        assertThat(stored).isInstanceOf(ReplayToken.class);
        assertThat(((ReplayToken) stored).getCurrentToken()).isNull();
        assertThat(((ReplayToken) stored).getTokenAtReset().position()).hasValue(4);
    }

    /** So that a node killed while the view is being cleared leaves a replay from the start, not its old token. */
    @Test
    void theReplayTokenIsStoredBeforeTheViewIsCleared() {
        AtomicReference<TrackingToken> storedAtReset = new AtomicReference<>();
        view.onReset = () -> storedAtReset.set(axon.eventProcessingConfiguration().tokenStore(VIEW).fetchToken(VIEW, 0));

        rebuilds.rebuild(VIEW);

        assertThat(storedAtReset.get()).isInstanceOf(ReplayToken.class);
        assertThat(((ReplayToken) storedAtReset.get()).getCurrentToken()).isNull();
    }

    /**
     * The window whose write failed is folded again by the processor, from the last window written. The window after
     * it ({@code event-4}) was folded while it was being written (write-behind), and dropped unwritten.
     */
    @Test
    void aRebuildThatFailsHandsTheViewToItsProcessorAtTheLastWindowWritten() {
        view.failWriteOf = "event-3";
        rebuilds.rebuild(VIEW);

        await().atMost(WAIT).until(() -> view.applied.size() == 8 && rebuilds.status(VIEW).lag() == 0);
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4", "event-2",
                                                 "event-3", "event-4");
        assertThat(rebuilds.status(VIEW).state()).isEqualTo("RUNNING");
    }

    /**
     * Write-behind: the next window is folded while the last one is written, and the rebuild reports a position (the
     * token it would store) only once the window is written.
     */
    @Test
    void theNextWindowIsFoldedWhileTheLastIsWrittenAndThePositionWaitsForTheWrite() throws Exception {
        view.holdWriteOf = "event-1";
        rebuilds.rebuild(VIEW);

        assertThat(view.writeHeld.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        await().atMost(WAIT).until(() -> view.applied.contains("event-3"));
        assertThat(rebuilds.status(VIEW).position()).isEqualTo(-1);
        view.writeMayEnd.countDown();

        await().atMost(WAIT).until(() -> !rebuilds.status(VIEW).replaying());
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
        assertThat(rebuilds.status(VIEW).position()).isEqualTo(4);
    }

    /**
     * The reader fails with an {@link Error} (here, an event class missing from the class path) while it reads the
     * second window: the view is handed back at the first window, and its processor folds the rest. Before the reader
     * handed any failure to every view, an {@code Error} left the view waiting for a window that never came.
     */
    @Test
    void aReaderThatFailsWithAnErrorHandsTheViewToItsProcessorAtTheLastWindowWritten() {
        ViewRebuilds failingReader = startedRebuilds(StreamFailingAt.event(axon.eventStore(), 3), STOP_WAIT);
        try {
            failingReader.rebuild(VIEW);

            await().atMost(WAIT).until(() -> !failingReader.status(VIEW).state().equals("REBUILDING")
                                             && failingReader.status(VIEW).lag() == 0 && view.applied.size() == 5);
            assertThat(view.resets).hasValue(1);
            assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4");
            assertThat(failingReader.status(VIEW).state()).isEqualTo("RUNNING");
        } finally {
            failingReader.stop();
        }
    }

    /**
     * The head cannot be read once the processor is stopped and its claim taken (a database stall): the rebuild is
     * refused, nothing is cleared, and the processor runs again on its claim, folding what comes next.
     */
    @Test
    void aHeadThatCannotBeReadRefusesTheRebuildAndTheViewKeepsRunning() {
        ViewRebuilds failingHead = startedRebuilds(StreamFailingAt.headOnce(axon.eventStore()), STOP_WAIT);
        try {
            assertThatThrownBy(() -> failingHead.rebuild(VIEW)).isInstanceOf(RebuildRefusedException.class);

            axon.eventStore().publish(GenericEventMessage.asEventMessage("event-5"));
            await().atMost(WAIT).until(() -> view.applied.size() == 6);
            assertThat(view.resets).hasValue(0);
            assertThat(failingHead.status(VIEW).state()).isEqualTo("RUNNING");
        } finally {
            failingHead.stop();
        }
    }

    /**
     * A processor that did not stop in time is started again as soon as it has stopped; until then a second rebuild is
     * refused as busy, instead of claiming the token that the processor is about to run on again.
     */
    @Test
    void aViewWhoseProcessorIsWaitingToStartAgainRefusesARebuildUntilItRuns() throws Exception {
        ViewRebuilds impatient = impatientDuringASlowBatch();
        assertThatThrownBy(() -> impatient.rebuild(VIEW)).hasMessageContaining("keeps running");

        assertThatThrownBy(() -> impatient.rebuild(VIEW)).isInstanceOf(RebuildRefusedException.class)
                                                          .hasMessageContaining("being rebuilt or started again");
        view.slowBatchMayEnd.countDown();
        await().atMost(WAIT).until(() -> processor().isRunning() && impatient.status(VIEW).lag() == 0);
        impatient.stop();
        // once running, the view is rebuilt as any other (with the usual time to stop)
        rebuilds.rebuild(VIEW);

        await().atMost(WAIT).until(() -> !rebuilds.status(VIEW).replaying() && rebuilds.status(VIEW).lag() == 0);
        assertThat(view.resets).hasValue(1);
        assertThat(view.applied).containsExactly("event-0", "event-1", "event-2", "event-3", "event-4", ProbeView.SLOW);
    }

    @Test
    void anUnknownViewIsNotFoundAndNothingIsReset() {
        assertThatThrownBy(() -> rebuilds.rebuild("no-such-view")).isInstanceOf(ViewNotFoundException.class);
        assertThatThrownBy(() -> rebuilds.status("no-such-view")).isInstanceOf(ViewNotFoundException.class);
        assertThat(view.resets).hasValue(0);
    }

    private StreamingEventProcessor processor() {
        return axon.eventProcessingConfiguration().eventProcessor(VIEW, StreamingEventProcessor.class).orElseThrow();
    }

    /** A view of the event payloads, in order; its reset handler empties it, as every stored view's does. */
    @ProcessingGroup(VIEW)
    static class ProbeView implements RebuildableView {

        static final String SLOW = "a-slow-batch";

        final List<String> applied = new CopyOnWriteArrayList<>();
        final AtomicInteger resets = new AtomicInteger();
        final CountDownLatch slowBatchEntered = new CountDownLatch(1);
        final CountDownLatch slowBatchMayEnd = new CountDownLatch(1);

        final List<String> replayed = new CopyOnWriteArrayList<>();
        /** Handling this payload waits for {@link #gateOpen}. */
        volatile String gate;
        final CountDownLatch gateReached = new CountDownLatch(1);
        final CountDownLatch gateOpen = new CountDownLatch(1);
        /** The view batch holding this payload fails to write, once. */
        volatile String failWriteOf;
        /** The view batch holding this payload waits, once, in its write for {@link #writeMayEnd}. */
        volatile String holdWriteOf;
        final CountDownLatch writeHeld = new CountDownLatch(1);
        final CountDownLatch writeMayEnd = new CountDownLatch(1);

        @EventHandler
        void on(String payload, ReplayStatus replay) throws InterruptedException {
            if (SLOW.equals(payload)) {
                slowBatchEntered.countDown();
                slowBatchMayEnd.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            if (payload.equals(gate)) {
                gateReached.countDown();
                gateOpen.await(WAIT.toSeconds(), TimeUnit.SECONDS);
            }
            if (payload.equals(failWriteOf)) {
                failWriteOf = null;
                ViewBatch.current().orElseThrow().participant(this, TestWrites.FailingWrite::new);
            }
            if (payload.equals(holdWriteOf)) {
                holdWriteOf = null;
                ViewBatch.current().orElseThrow().participant(this, () -> new TestWrites.HeldWrite(writeHeld, writeMayEnd, WAIT));
            }
            if (replay.isReplay()) {
                replayed.add(payload);
            }
            applied.add(payload);
        }

        /** What the rebuilds told the view, in order: "began" (cleared, claim held), "ended" (handed back). */
        final List<String> told = new CopyOnWriteArrayList<>();

        @Override
        public void rebuildBegan() {
            told.add("began");
        }

        @Override
        public void rebuildEnded() {
            told.add("ended");
        }

        /** Runs first in the reset handler. */
        volatile Runnable onReset = () -> { };

        @ResetHandler
        void reset() {
            onReset.run();
            applied.clear();
            replayed.clear();
            resets.incrementAndGet();
        }

        @Override
        public String name() {
            return VIEW;
        }

        @Override
        public List<String> collections() {
            return List.of(VIEW);
        }

        @Override
        public String checksum() {
            return String.join(",", applied);
        }

        @Override
        public List<CollectionChecksum> collectionChecksums() {
            return List.of(new CollectionChecksum(VIEW, applied.size(), checksum()));
        }
    }
}
