package vn.thidua.ledger.query.replay;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rebuilds one or more views in one pass over the event stream, outside their processors (which are stopped and
 * whose token claims this node holds meanwhile: {@link ClaimedView}). The stream is read and deserialized once, ahead,
 * on a thread of its own ({@link EventWindows}); this run's thread folds each window into every view in turn
 * ({@link ViewFold}). Every few seconds, and at the end, each view's token is stored (which also extends its claim),
 * so a node that dies mid-rebuild leaves each processor a token its view is complete up to, and the processor goes
 * on from it through Axon's own replay. At the end the claims are released and the processors started: they take
 * the events that arrived meanwhile. A failure ends the run the same way, each view at the last window it wrote.
 */
final class BulkRebuild {

    private static final Logger log = LoggerFactory.getLogger(BulkRebuild.class);
    /** Tokens stored (claims extended) this often: far inside any sensible claim timeout. */
    static final Duration TOKEN_INTERVAL = Duration.ofSeconds(5);

    private final List<ClaimedView> views;
    private final StreamableMessageSource<TrackedEventMessage<?>> source;
    private final int windowSize;
    private final Clock clock;
    private final Map<String, Long> positions = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean stopping;
    private volatile boolean done;

    BulkRebuild(List<ClaimedView> views, StreamableMessageSource<TrackedEventMessage<?>> source, int windowSize,
                Clock clock) {
        if (views.size() > Long.SIZE) {
            throw new IllegalArgumentException("At most " + Long.SIZE + " views per pass");
        }
        this.views = List.copyOf(views);
        this.source = source;
        this.windowSize = windowSize;
        this.clock = clock;
        this.thread = new Thread(this::run, "view-rebuild");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    boolean covers(String view) {
        return views.stream().anyMatch(claimed -> claimed.name().equals(view));
    }

    boolean isDone() {
        return done;
    }

    /** The global index of the last event folded into {@code view} by this run, if any. */
    Optional<Long> position(String view) {
        return Optional.ofNullable(positions.get(view));
    }

    /** For a stopping node: ends the run after the current window, stores the tokens, leaves the processors stopped. */
    void stop(Duration wait) throws InterruptedException {
        stopping = true;
        thread.join(wait.toMillis());
    }

    private void run() {
        List<ViewFold> folds = views.stream().map(ClaimedView::fold).toList();
        Instant tokensStored = clock.instant();
        try (EventWindows windows = new EventWindows(source, folds, windowSize)) {
            Optional<EventWindows.Window> window;
            while (!stopping && (window = windows.next()).isPresent()) {
                for (int i = 0; i < folds.size(); i++) {
                    folds.get(i).fold(window.get(), i);
                    positions.put(folds.get(i).name(), window.get().lastPosition());
                }
                if (Duration.between(tokensStored, clock.instant()).compareTo(TOKEN_INTERVAL) >= 0) {
                    views.forEach(ClaimedView::storeToken);
                    tokensStored = clock.instant();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Rebuild of {} interrupted; the processors go on from where it stopped", names());
        } catch (RuntimeException | Error e) {
            log.error("Rebuild of {} failed; the processors go on from the last window written", names(), e);
        } finally {
            views.forEach(view -> view.handOver(!stopping));
            done = true;
        }
        log.info("Rebuild of {} folded up to {}", names(), positions);
    }

    private List<String> names() {
        return views.stream().map(ClaimedView::name).toList();
    }
}
