package vn.thidua.ledger.query.replay;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Rebuilds one or more views in one pass over the event stream, outside their processors (which are stopped and
 * whose token claims this node holds meanwhile: {@link ClaimedView}). The stream is read and deserialized once, ahead,
 * on threads of its own ({@link EventWindows}); each view has a thread that folds the windows into it
 * ({@link ViewFold}) and a writer thread that writes each window while the next is folded. Every few seconds each
 * view's claim is extended and its token stored (past the last window written), and at the end; so a node that dies
 * mid-rebuild leaves each processor a token its view is complete up to, and the processor goes on from it through
 * Axon's own replay. When a view is done its claim is released and its processor started: it takes the events that
 * arrived meanwhile. A failure ends that view's part the same way, at the last window it wrote.
 */
final class BulkRebuild {

    private static final Logger log = LoggerFactory.getLogger(BulkRebuild.class);
    /** Tokens stored and claims extended this often: far inside any sensible claim timeout. */
    private static final Duration TOKEN_INTERVAL = Duration.ofSeconds(5);

    private final List<ClaimedView> views;
    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final int windowSize;
    private final Clock clock;
    private final Set<String> rebuilding = ConcurrentHashMap.newKeySet();
    private final Set<String> lost = ConcurrentHashMap.newKeySet();
    /** When each view's last window was written, as it went back to its processor. */
    private final Map<String, Instant> writtenThrough = new ConcurrentHashMap<>();
    private final List<Thread> threads;
    private final AtomicInteger running = new AtomicInteger();
    private final ScheduledExecutorService claims = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "view-rebuild-claims");
        thread.setDaemon(true);
        return thread;
    });
    private volatile EventWindows windows;
    private volatile boolean stopping;

    BulkRebuild(List<ClaimedView> views, StreamableMessageSource<TrackedEventMessage<?>> source, int windowSize,
                Clock clock) {
        if (views.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most " + Long.SIZE + " views per pass");
        }
        this.views = List.copyOf(views);
        this.source = source;
        this.windowSize = windowSize;
        this.clock = clock;
        this.threads = views.stream().map(view -> {
            Thread thread = new Thread(() -> fold(views.indexOf(view)), "view-rebuild-" + view.name());
            thread.setDaemon(true);
            return thread;
        }).toList();
    }

    void start() {
        windows = new EventWindows(source, views.stream().map(ClaimedView::fold).toList(), windowSize);
        views.forEach(view -> rebuilding.add(view.name()));
        running.set(threads.size());
        long interval = TOKEN_INTERVAL.toMillis();
        claims.scheduleWithFixedDelay(this::extendClaims, interval, interval, TimeUnit.MILLISECONDS);
        threads.forEach(Thread::start);
    }

    /** Whether this run still holds {@code view}: not yet handed back to its processor. */
    boolean isRebuilding(String view) {
        return rebuilding.contains(view);
    }

    /** The global index of the last event written into {@code view} by this run, if any. */
    Optional<Long> position(String view) {
        return views.stream().filter(claimed -> claimed.name().equals(view)).findFirst()
                    .flatMap(claimed -> claimed.fold().position());
    }

    /**
     * When this run wrote the last window of {@code view}, if that window reached {@code position}: then the view was
     * rebuilt up to it, whenever its status is read.
     */
    Optional<Instant> writtenThrough(String view, long position) {
        return Optional.ofNullable(writtenThrough.get(view))
                       .filter(at -> position(view).filter(written -> written >= position).isPresent());
    }

    /** For a stopping node: each view ends after its current window, stores its token, leaves its processor stopped. */
    void requestStop() {
        stopping = true;
    }

    /** Waits for the views' threads until {@code deadline} ({@link System#nanoTime()}). */
    void awaitStop(long deadline) throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        }
    }

    /**
     * Extends the claim of every view still rebuilding, whether or not a window completed. A view whose claim another
     * node took (this node stalled past the claim timeout) stops: that node's processor has it now.
     */
    private void extendClaims() {
        views.stream().filter(view -> rebuilding.contains(view.name())).forEach(view -> {
            try {
                view.extendClaim();
            } catch (UnableToClaimTokenException e) {
                log.warn("Rebuild of {}: another node took its claim ({}); it stops", view.name(), e.toString());
                lost.add(view.name());
            } catch (RuntimeException e) {
                log.warn("Rebuild of {}: claim not extended this time ({})", view.name(), e.toString());
            }
        });
    }

    private void fold(int index) {
        ClaimedView view = views.get(index);
        Instant tokenStored = clock.instant();
        try {
            Optional<EventWindows.Window> window;
            while (!stopping && !lost.contains(view.name()) && (window = windows.next(index)).isPresent()) {
                view.fold().fold(window.get(), index);
                if (Duration.between(tokenStored, clock.instant()).compareTo(TOKEN_INTERVAL) >= 0) {
                    view.storeToken();
                    tokenStored = clock.instant();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Rebuild of {} interrupted; its processor goes on from where it stopped", view.name());
        } catch (RuntimeException | Error e) {
            log.error("Rebuild of {} failed; its processor goes on from the last window written", view.name(), e);
        } finally {
            windows.leave(index);
            awaitLastWrite(view.fold());
            writtenThrough.put(view.name(), clock.instant());
            view.handOver(!stopping);
            rebuilding.remove(view.name());
            if (running.decrementAndGet() == 0) {
                windows.close();
                claims.shutdownNow();
            }
        }
        log.info("Rebuild of {} written up to {}", view.name(), view.fold().position().orElse(-1L));
    }

    /**
     * Before the view goes back to its processor: its token covers the last window only once that window is written,
     * and until then the view's next batches would read that window's documents as stored.
     */
    private static void awaitLastWrite(ViewFold fold) {
        try {
            fold.awaitWrittenThroughInterrupts();
        } catch (RuntimeException e) {
            log.error("Rebuild of {}: its last window was not written; its processor goes on from the one before",
                      fold.name(), e);
        } finally {
            fold.close();
        }
    }
}
