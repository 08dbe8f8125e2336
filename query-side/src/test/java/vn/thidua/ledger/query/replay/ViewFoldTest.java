package vn.thidua.ledger.query.replay;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.view.ViewBatch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One view's fold in a rebuild: its windows written behind the fold, and what waits for those writes. */
class ViewFoldTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Writes writes = new Writes();
    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T09:00:00Z"));
    private final ViewFold fold = new ViewFold("probes", SimpleEventHandlerInvoker.builder().eventHandlers(writes).build(),
                                               NoTransactionManager.INSTANCE, new GlobalSequenceTrackingToken(9),
                                               new Clock() {
                                                   @Override
                                                   public ZoneId getZone() {
                                                       return ZoneOffset.UTC;
                                                   }

                                                   @Override
                                                   public Clock withZone(ZoneId zone) {
                                                       throw new UnsupportedOperationException();
                                                   }

                                                   @Override
                                                   public Instant instant() {
                                                       return now.get();
                                                   }
                                               });

    @AfterEach
    void close() {
        writes.mayEnd.countDown();
        fold.close();
    }

    /**
     * Before a view goes back to its processor its last write must have ended (else the processor's batches read that
     * window's documents as stored, and its token could pass a write that then fails): an interrupt does not cut the
     * wait short; it is kept for the waiting thread.
     */
    @Test
    void theLastWriteIsAwaitedThroughAnInterruptWhichIsKept() throws Exception {
        writes.holdNext = true;
        fold.fold(window(0, 1), 0);
        assertThat(writes.held.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        AtomicBoolean interruptKept = new AtomicBoolean();
        Thread handingBack = new Thread(() -> {
            fold.awaitWrittenThroughInterrupts();
            interruptKept.set(Thread.currentThread().isInterrupted());
        });

        handingBack.start();
        handingBack.interrupt();
        handingBack.join(300);
        assertThat(handingBack.isAlive()).isTrue();
        assertThat(fold.position()).isEmpty();
        writes.mayEnd.countDown();
        handingBack.join(WAIT.toMillis());

        assertThat(handingBack.isAlive()).isFalse();
        assertThat(interruptKept).isTrue();
        assertThat(fold.position()).hasValue(1L);
    }

    /** A window's failed write fails the fold after it, once; the token stays past the last window written. */
    @Test
    void aFailedWriteFailsTheNextFoldOnceAndTheTokenStaysBehindIt() throws Exception {
        fold.fold(window(0, 1), 0);
        writes.failNext = true;
        fold.fold(window(2, 3), 0);

        assertFailsWithTheFailingWrite(() -> fold.fold(window(4, 5), 0));
        fold.awaitWrittenThroughInterrupts();
        assertThat(fold.position()).hasValue(1L);
    }

    /**
     * What a view holds back over windows (the audit's posting lists) is written once, with all of them, when the view
     * goes back to its processor; until then the token stays where it was, so a node that dies meanwhile goes on
     * from a token its view is complete up to.
     */
    @Test
    void writesHeldBackOverWindowsAreMadeOnceAndTheTokenWaitsForThem() throws Exception {
        foldTwoWindowsHoldingBack();

        assertThat(writes.heldBack.written).isEmpty();
        assertThat(fold.position()).isEmpty();

        fold.awaitWrittenThroughInterrupts();

        assertHeldBackWrittenTogetherUpTo(3);
    }

    @Test
    void writesHeldBackForTwoSecondsAreMadeWithTheNextWindow() throws Exception {
        foldTwoWindowsHoldingBack();
        now.set(now.get().plus(ViewFold.HOLD_FOR));
        fold.fold(window(4, 5), 0);
        fold.awaitWritten();

        assertHeldBackWrittenTogetherUpTo(5);
    }

    @Test
    void writesHeldBackAreMadeOnceThereAreTooManyOfThem() throws Exception {
        writes.holdBack = true;
        fold.fold(window(0, 1), 0);
        fold.awaitWritten();
        writes.heldBack.size = ViewFold.HOLD_AT_MOST;
        fold.fold(window(2, 3), 0);
        fold.awaitWritten();

        assertHeldBackWrittenTogetherUpTo(3);
    }

    /** Held writes that fail at the end: the token stays past the last window written with nothing held back. */
    @Test
    void aFailedHeldWriteLeavesTheTokenAtTheLastWindowWrittenInFull() throws Exception {
        fold.fold(window(0, 1), 0);
        writes.holdBack = true;
        fold.fold(window(2, 3), 0);
        writes.heldBack.fails = true;

        assertFailsWithTheFailingWrite(fold::awaitWrittenThroughInterrupts);
        assertThat(fold.position()).hasValue(1L);
    }

    /**
     * Held writes that fail mid-rebuild, with a window after them: what was held is lost with the failure, so the view
     * must go back to its processor at the last window written with nothing held back, never at a window whose held
     * writes were dropped (the audit's positions of up to two seconds would be missing from every list for good).
     */
    @Test
    void aHeldWriteThatFailsMidRebuildIsNeverCoveredByTheTokenHandedBack() throws Exception {
        foldTwoWindowsHoldingBack();
        writes.heldBack.fails = true;
        now.set(now.get().plus(ViewFold.HOLD_FOR));
        fold.fold(window(4, 5), 0);

        assertFailsWithTheFailingWrite(() -> fold.fold(window(6, 7), 0));
        writes.heldBack.fails = false;
        fold.awaitWrittenThroughInterrupts();

        assertThat(writes.heldBack.written).isEmpty();
        assertThat(fold.position()).isEmpty();
    }

    /**
     * A processor of several invokers, one of them disallowing replay: that one gets only the events past the reset, as
     * in Axon's replay, and the others every event, in the processor's order of invokers.
     */
    @Test
    void anInvokerThatDisallowsReplayGetsOnlyTheEventsPastTheReset() throws Exception {
        List<String> seen = new ArrayList<>();
        ViewFold processor = new ViewFold("both", new MultiEventHandlerInvoker(
                SimpleEventHandlerInvoker.builder().eventHandlers(new Everything(seen)).build(),
                SimpleEventHandlerInvoker.builder().eventHandlers(new Unresettable(seen)).build()),
                NoTransactionManager.INSTANCE, new GlobalSequenceTrackingToken(9), Clock.systemUTC());
        try {
            processor.fold(window(8, 11), 0);
            processor.awaitWritten();
        } finally {
            processor.close();
        }

        assertThat(seen).containsExactly("every event-8", "every event-9", "every event-10", "live event-10",
                                         "every event-11", "live event-11");
    }

    @Test
    void aViewTakesAnEventOneOfItsInvokersHandles() {
        List<String> seen = new ArrayList<>();
        ViewFold liveOnly = new ViewFold("live", new MultiEventHandlerInvoker(
                SimpleEventHandlerInvoker.builder().eventHandlers(new LiveOnly(seen)).build()),
                NoTransactionManager.INSTANCE, new GlobalSequenceTrackingToken(9), Clock.systemUTC());

        assertThat(liveOnly.takes(GenericEventMessage.asEventMessage("text"))).isTrue();
        assertThat(liveOnly.takes(GenericEventMessage.asEventMessage(42))).isFalse();
        assertThat(liveOnly.takes(new GenericTrackedEventMessage<>(ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(9), new GlobalSequenceTrackingToken(3)),
                GenericEventMessage.asEventMessage("replayed")))).as("a replayed event").isFalse();
    }

    private record Everything(List<String> seen) {

        @EventHandler
        void on(String payload) {
            seen.add("every " + payload);
        }
    }

    /** Not annotated: nothing but its invoker's {@code supportsReset} keeps replayed events from it. */
    private record Unresettable(List<String> seen) implements EventMessageHandler {

        @Override
        public Object handle(EventMessage<?> event) {
            seen.add("live " + event.getPayload());
            return null;
        }

        @Override
        public boolean supportsReset() {
            return false;
        }
    }

    @DisallowReplay
    private record LiveOnly(List<String> seen) {

        @EventHandler
        void on(String payload) {
            seen.add("live " + payload);
        }
    }

    private void foldTwoWindowsHoldingBack() throws InterruptedException {
        writes.holdBack = true;
        fold.fold(window(0, 1), 0);
        fold.fold(window(2, 3), 0);
        fold.awaitWritten();
    }

    private static void assertFailsWithTheFailingWrite(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(IllegalStateException.class)
                                .hasRootCauseMessage(TestWrites.FailingWrite.MESSAGE);
    }

    /** The held-back payloads of events 0 to {@code last} were written in one write, and the token is past them. */
    private void assertHeldBackWrittenTogetherUpTo(long last) {
        assertThat(writes.heldBack.written).containsExactly(LongStream.rangeClosed(0, last)
                                                                      .mapToObj(position -> "event-" + position)
                                                                      .toList());
        assertThat(fold.position()).hasValue(last);
    }

    private static EventWindows.Window window(long first, long last) {
        List<TrackedEventMessage<?>> events = LongStream.rangeClosed(first, last)
                .<TrackedEventMessage<?>>mapToObj(position -> new GenericTrackedEventMessage<>(
                        new GlobalSequenceTrackingToken(position), GenericEventMessage.asEventMessage("event-" + position)))
                .toList();
        long[] everyEventTaken = new long[events.size()];
        Arrays.fill(everyEventTaken, 1L);
        return new EventWindows.Window(events, everyEventTaken);
    }

    /** A view whose batch writes can be held, or made to fail, once. */
    static final class Writes {

        volatile boolean holdNext;
        volatile boolean failNext;
        volatile boolean holdBack;
        final TestWrites.HeldBack heldBack = new TestWrites.HeldBack();
        final CountDownLatch held = new CountDownLatch(1);
        final CountDownLatch mayEnd = new CountDownLatch(1);

        @EventHandler
        void on(String payload) {
            boolean hold = holdNext;
            boolean fail = failNext;
            holdNext = false;
            failNext = false;
            ViewBatch batch = ViewBatch.current().orElseThrow();
            if (holdBack) {
                batch.participant(this, () -> new TestWrites.HoldingBack(batch.holdings().orElseThrow(), heldBack))
                     .payloads().add(payload);
            } else if (fail) {
                batch.participant(this, TestWrites.FailingWrite::new);
            } else if (hold) {
                batch.participant(this, () -> new TestWrites.HeldWrite(held, mayEnd, WAIT));
            }
        }
    }
}
