package vn.thidua.ledger.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewRegistry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilds views from the event stream and reports how far they are. A rebuild is Axon's replay: shut the view's
 * processor down, reset its tokens to the start of the stream (its {@code @ResetHandler} clears the view), start it.
 * The view is then refilled by the same projector and fold as live, which is what makes its checksum comparable.
 * <p>
 * Rebuild runs are remembered in memory on the node that started them; the state of the processors themselves
 * (positions) is read from Axon and is the same on every node.
 */
@Component
public class ViewRebuilds {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);

    private final ViewRegistry registry;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final Map<String, ViewStatus.Rebuild> rebuilds = new ConcurrentHashMap<>();
    private final Duration shutdownTimeout;

    @Autowired
    public ViewRebuilds(ViewRegistry registry, EventProcessingConfiguration processing, EventStore eventStore,
                        Clock clock) {
        this(registry, processing, eventStore, clock, SHUTDOWN_TIMEOUT);
    }

    ViewRebuilds(ViewRegistry registry, EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
                 Duration shutdownTimeout) {
        this.registry = registry;
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.shutdownTimeout = shutdownTimeout;
    }

    /** Starts rebuilding one view and returns at once; read {@link #status} for progress. */
    public synchronized ViewStatus rebuild(String name) {
        RebuildableView view = registry.require(name);
        StreamingEventProcessor processor = processor(view.name());
        stop(processor);
        try {
            long head = head();
            processor.resetTokens();
            rebuilds.put(view.name(), new ViewStatus.Rebuild(clock.instant(), head, null, null));
            log.info("Rebuilding view {} up to position {}", view.name(), head);
        } catch (RuntimeException e) {
            log.warn("Rebuild of view {} refused", view.name(), e);
            throw new RebuildRefusedException("The view " + view.name() + " cannot be reset now: another node may "
                                              + "hold its processing claim. It keeps running; retry later.");
        } finally {
            processor.start();
        }
        return status(view.name());
    }

    /** Rebuilds every registered view, one after the other (each rebuild only starts; they then run side by side). */
    public List<ViewStatus> rebuildAll() {
        return registry.all().stream().map(view -> rebuild(view.name())).toList();
    }

    public ViewStatus status(String name) {
        RebuildableView view = registry.require(name);
        StreamingEventProcessor processor = processor(view.name());
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        long position = segments.values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1L))
                .min().orElse(-1L);
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        String state = error ? "ERROR" : processor.isRunning() ? "RUNNING" : "STOPPED";
        long head = head();
        ViewStatus.Rebuild rebuild = rebuilds.computeIfPresent(view.name(), (n, run) -> observed(run, position));
        boolean replaying = rebuild != null && rebuild.finishedAt() == null;
        long target = rebuild != null ? rebuild.headAtStart() : head;
        return new ViewStatus(view.name(), view.collections(), state, position, head, Math.max(0, head - position),
                              percent(position, target), replaying, rebuild);
    }

    public List<ViewStatus> statuses() {
        return registry.all().stream().map(view -> status(view.name())).toList();
    }

    /** Done once the position reached the head the rebuild started against; the speed is then frozen. */
    private ViewStatus.Rebuild observed(ViewStatus.Rebuild run, long position) {
        if (run.finishedAt() != null) {
            return run;
        }
        Instant now = clock.instant();
        boolean done = position >= run.headAtStart();
        long read = Math.max(0, Math.min(position, run.headAtStart()) + 1);
        double seconds = Math.max(0.001, Duration.between(run.startedAt(), now).toNanos() / 1e9);
        BigDecimal rate = BigDecimal.valueOf(read / seconds).setScale(1, RoundingMode.HALF_UP);
        return new ViewStatus.Rebuild(run.startedAt(), run.headAtStart(), rate, done ? now : null);
    }

    private static BigDecimal percent(long position, long target) {
        if (target <= 0 || position >= target) {
            return BigDecimal.valueOf(100).setScale(1, RoundingMode.UNNECESSARY);
        }
        return BigDecimal.valueOf(Math.max(0, position) * 100.0 / target).setScale(1, RoundingMode.HALF_UP);
    }

    private long head() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1L);
    }

    private StreamingEventProcessor processor(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow(
                () -> new IllegalStateException("No streaming event processor for view " + name));
    }

    /**
     * Stops the processor, or refuses the rebuild if it does not stop in time (a node catching up finishes its
     * batch first): the processor is then started again as soon as it has stopped, untouched, so the view keeps
     * running, and the caller is told to retry (409) instead of finding the view stopped behind a 500.
     */
    private void stop(StreamingEventProcessor processor) {
        CompletableFuture<Void> stopped = processor.shutdownAsync();
        try {
            stopped.get(shutdownTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            stopped.whenComplete((done, failure) -> processor.start());
            throw new RebuildRefusedException("The view " + processor.getName() + " is finishing a batch and did not "
                                              + "stop within " + shutdownTimeout + ". It keeps running; retry shortly.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            processor.start();
            throw new IllegalStateException("Interrupted while stopping " + processor.getName(), e);
        } catch (ExecutionException e) {
            processor.start();
            throw new RebuildRefusedException("The view " + processor.getName() + " could not be stopped ("
                                              + e.getCause() + "). It keeps running; retry later.");
        }
    }
}
