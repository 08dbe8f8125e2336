package vn.thidua.ledger.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.GenericResultMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewHoldings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One view's part in a {@link BulkRebuild}: its processor's handlers, fed a window of the stream at a time, as the
 * processor would feed them a batch. The window's events the view takes are folded in one {@link BatchingUnitOfWork}
 * with one {@link ViewBatch}; the handlers get the same messages (tracking token included) and the same replay status
 * as in Axon's replay, so they fold the same views. What is left out is Axon's work per event that a rebuild does not
 * need: the processor's interceptors (a result message with the correlation data of every event, which nothing here
 * dispatches), its token store write per batch and its coordinator.
 * <p>
 * <b>Write-behind.</b> A window's writes are made on a writer thread of the view's own while the next window is
 * folded ({@link ViewBatch#defer}), one window at a time: the next window's writes wait for the last one's. Folding
 * and writing took turns on one core before (docs/benchmarks.md). The token moves past a window only once the window
 * is written, so {@link ClaimedView}, which stores it every few seconds and at the end, never stores a token ahead of
 * the view. A failed write fails the fold that follows it; the window folded meanwhile is dropped unwritten.
 * <p>
 * <b>Held writes.</b> What the views hold back over windows ({@link ViewHoldings}: the audit's posting lists) is
 * written by the same writer once it reaches {@value #HOLD_AT_MOST} items or has been held {@link #HOLD_FOR}, and when
 * the view goes back to its processor; until then the token stays at the last window written with nothing held back.
 */
final class ViewFold implements AutoCloseable {

    /**
     * What each event's handling returns: a result message already, which the unit of work takes as it is, where it
     * would wrap anything else in a new one with a random UUID (a lock on the system's random source, per event and
     * view: a rebuild of nine views drew nine UUIDs per event from one lock). Built with its own id and no metadata:
     * the shorter constructors take the correlation data of whatever unit of work is current.
     */
    private static final ResultMessage<Void> HANDLED = new GenericResultMessage<>(
            new GenericMessage<>("view-rebuild-handled", Void.class, null, MetaData.emptyInstance()));

    /** Items held back at most: about 25 MB of positions, some seconds of a rebuild. */
    static final int HOLD_AT_MOST = 500_000;
    /** Held back at most this long, so that the token stored every few seconds keeps moving. */
    static final Duration HOLD_FOR = Duration.ofSeconds(2);

    private final String name;
    private final EventHandlerInvoker handlers;
    /** The processor's invokers, each asked once whether it takes replayed events. */
    private final List<Invoker> invokers;
    private final TransactionManager transactions;
    private final Clock clock;
    /** Used on the writer thread only, as are the two fields after it. */
    private final ViewHoldings holdings = new ViewHoldings();
    /** The last window written but for what is held back; null when nothing is. */
    private Written heldBack;
    private Instant heldSince;
    /** The writer thread, started with the first window's write. */
    private ExecutorService writer;
    /** The token past the last window folded; the next window's events are advanced from it. */
    private TrackingToken folded;
    private volatile Written written;
    private Future<?> writing = CompletableFuture.completedFuture(null);

    /** The token past the last window written, and that window's last global index (-1 before the first). */
    private record Written(TrackingToken token, long position) {
    }

    /**
     * One of the processor's invokers and whether it takes replayed events ({@code @DisallowReplay}): Axon's
     * {@link MultiEventHandlerInvoker} asks every invoker that again for every event it offers and every event it
     * hands on, through a stream over the invoker's handlers each time, a twentieth of a heavy view's rebuild
     * (docs/benchmarks.md, "Session 42"). The answer does not change while the processor stands.
     */
    private record Invoker(EventHandlerInvoker handlers, boolean replays) {

        /** A processor's invoker as Axon's processor uses it: only a {@link MultiEventHandlerInvoker} asks. */
        static List<Invoker> of(EventHandlerInvoker handlers) {
            if (handlers instanceof MultiEventHandlerInvoker multi) {
                return multi.delegates().stream().map(invoker -> new Invoker(invoker, invoker.supportsReset())).toList();
            }
            return List.of(new Invoker(handlers, true));
        }

        /** As {@link MultiEventHandlerInvoker} decides whether this invoker handles {@code event}. */
        boolean takes(EventMessage<?> event) {
            return (replays || !ReplayToken.isReplay(event)) && handlers.canHandle(event, Segment.ROOT_SEGMENT);
        }
    }

    /**
     * @param tokenAtReset the processor's token before the rebuild: the events up to it are a replay to the
     *                     handlers ({@code ReplayStatus}), as after Axon's reset
     */
    ViewFold(String name, EventHandlerInvoker handlers, TransactionManager transactions, TrackingToken tokenAtReset,
             Clock clock) {
        this.name = name;
        this.handlers = handlers;
        this.invokers = Invoker.of(handlers);
        this.transactions = transactions;
        this.clock = clock;
        this.folded = ReplayToken.createReplayToken(tokenAtReset, null);
        this.written = new Written(folded, -1);
    }

    String name() {
        return name;
    }

    /** The token past the last window written: where the processor goes on. */
    TrackingToken token() {
        return written.token();
    }

    /** The global index of the last event of the last window written, if any. */
    Optional<Long> position() {
        long position = written.position();
        return position < 0 ? Optional.empty() : Optional.of(position);
    }

    boolean takes(EventMessage<?> event) {
        for (Invoker invoker : invokers) {
            if (invoker.takes(event)) {
                return true;
            }
        }
        return false;
    }

    /** Clears the view: its {@code @ResetHandler}s, as Axon's reset calls them. */
    void reset() {
        transactions.executeInTransaction(handlers::performReset);
    }

    /**
     * Folds the events of {@code window} this view takes ({@code bit} set in their {@link EventWindows.Window#takers}),
     * then hands their writes to the writer once the last window's are made; the token moves past the whole window
     * when they are.
     *
     * @throws IllegalStateException the window could not be folded, or the last window could not be written
     */
    void fold(EventWindows.Window window, int bit) throws InterruptedException {
        TrackingToken advanced = folded;
        List<TrackedEventMessage<?>> taken = new ArrayList<>();
        for (int i = 0; i < window.events().size(); i++) {
            TrackedEventMessage<?> event = window.events().get(i);
            advanced = WrappedToken.advance(advanced, event.trackingToken());
            if ((window.takers()[i] & (1L << bit)) != 0) {
                taken.add(event.withTrackingToken(advanced));
            }
        }
        ViewBatch.Deferred writes = taken.isEmpty() ? ViewBatch.Deferred.NONE : foldInMemory(taken);
        folded = advanced;
        try {
            awaitWritten();
        } catch (InterruptedException | RuntimeException e) {
            writes.release().run();
            throw e;
        }
        Written done = new Written(advanced, window.lastPosition());
        writing = writer().submit(() -> {
            writes.writeAndRelease();
            writtenButHeld(done);
        });
    }

    /** On the writer, once a window is written but for what it held back: that too, if due, and the token moves. */
    private void writtenButHeld(Written done) {
        if (holdings.isEmpty()) {
            written = done;
            return;
        }
        Instant now = clock.instant();
        if (heldSince == null) {
            heldSince = now;
        }
        if (holdings.size() >= HOLD_AT_MOST || !now.isBefore(heldSince.plus(HOLD_FOR))) {
            writeHeld(done);
        } else {
            heldBack = done;
        }
    }

    /**
     * Forgets the window held back before writing: a failed write drops what was held ({@link ViewHoldings#write}), so
     * no later step (the hand-back's {@link #awaitWrittenThroughInterrupts}) may move the token past it.
     */
    private void writeHeld(Written done) {
        heldSince = null;
        heldBack = null;
        holdings.write();
        written = done;
    }

    /**
     * Waits until the last window handed to the writer is written. A failure is thrown once: a later call returns.
     *
     * @throws IllegalStateException it could not be written
     */
    void awaitWritten() throws InterruptedException {
        try {
            writing.get();
        } catch (ExecutionException e) {
            writing = CompletableFuture.completedFuture(null);
            throw new IllegalStateException("View " + name + " could not write a window; it is written up to "
                                            + written.token(), e.getCause());
        }
    }

    /**
     * As {@link #awaitWritten}, but through interrupts (kept for the caller), and then writes what the windows held
     * back: before the view goes back to its processor, whose batches would otherwise read, as stored, documents whose
     * write may still fail, and whose token must cover every window written.
     *
     * @throws IllegalStateException the last window, or what was held back, could not be written
     */
    void awaitWrittenThroughInterrupts() {
        throughInterrupts();
        if (writer != null) {
            writing = writer.submit(() -> {
                if (heldBack != null) {
                    writeHeld(heldBack);
                }
            });
            throughInterrupts();
        }
    }

    private void throughInterrupts() {
        boolean interrupted = false;
        while (true) {
            try {
                awaitWritten();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the writer thread go; call once the last write has ended. */
    @Override
    public void close() {
        if (writer != null) {
            writer.shutdown();
        }
    }

    private ExecutorService writer() {
        if (writer == null) {
            writer = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "view-rebuild-" + name + "-writer");
                thread.setDaemon(true);
                return thread;
            });
        }
        return writer;
    }

    /** As {@link MultiEventHandlerInvoker#handle} hands {@code event} on: to each invoker that takes it, in order. */
    private void handle(EventMessage<?> event) throws Exception {
        for (Invoker invoker : invokers) {
            if (invoker.takes(event)) {
                invoker.handlers().handle(event, Segment.ROOT_SEGMENT);
            }
        }
    }

    private ViewBatch.Deferred foldInMemory(List<TrackedEventMessage<?>> taken) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(taken);
        unitOfWork.attachTransaction(transactions);
        ViewBatch batch = ViewBatch.openIn(unitOfWork, holdings);
        AtomicReference<ViewBatch.Deferred> writes = new AtomicReference<>();
        unitOfWork.onPrepareCommit(done -> writes.set(batch.defer()));
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handle(unitOfWork.getMessage());
            return HANDLED;
        });
        if (result.isExceptional()) {
            Optional.ofNullable(writes.get()).ifPresent(deferred -> deferred.release().run());
            throw new IllegalStateException("View " + name + " could not fold events up to "
                                            + taken.get(taken.size() - 1).trackingToken(), result.exceptionResult());
        }
        return Objects.requireNonNull(writes.get(), "the unit of work of view " + name + " did not commit");
    }
}
