package vn.thidua.ledger.query.replay;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewRegistry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Rebuilds views from the event stream and reports how far they are. A rebuild stops the views' processors, claims
 * their tokens, clears the views through their {@code @ResetHandler}s and folds the stream into them with the
 * processors' own handlers in one {@link BulkRebuild} (one pass, however many views), then gives each view back to its
 * processor at the token it reached; the processor takes the events that arrived meanwhile. The views are filled by
 * the same handlers and fold as live, which is what makes their checksums comparable.
 * <p>
 * Rebuild runs are remembered in memory on the node that started them; the state of the processors themselves
 * (positions) is read from this node's processors, which know only the segments they claimed (docs/operations-rebuild.md).
 */
@Component
public class ViewRebuilds implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ViewRebuilds.class);
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(30);
    static final String WINDOW_SIZE_PROPERTY = "thidua.views.rebuild-window-size";
    /** How long a stopping node waits for a rebuild to write its current window and store its tokens. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(20);

    private final ViewRegistry registry;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final Clock clock;
    private final Map<String, ViewStatus.Rebuild> rebuilds = new ConcurrentHashMap<>();
    /** Views whose processor did not stop in time for a rebuild and is started again once it has stopped. */
    private final Set<String> restarting = ConcurrentHashMap.newKeySet();
    /** The latest rebuild run of each view on this node. */
    private final Map<String, BulkRebuild> runs = new ConcurrentHashMap<>();
    private final Duration shutdownTimeout;
    private final int windowSize;
    private volatile boolean running;

    /**
     * @param windowSize events folded per write of a rebuild ({@value #WINDOW_SIZE_PROPERTY}). Larger than a live
     *                   processor's batch: a window's writes cost a round trip per collection however few events
     *                   it holds, and nobody waits for a rebuild's window to show. 1,000: 500 (the processors'
     *                   batch) cost the four heavy views 8–19 %; 2,000 left {@code auditLog}
     *                   a seventh slower, with twice the events in flight for each young collection to copy
     *                   (docs/benchmarks.md, "Session 20" and "Session 36")
     */
    @Autowired
    public ViewRebuilds(ViewRegistry registry, EventProcessingConfiguration processing, EventStore eventStore,
                        Clock clock, @Value("${" + WINDOW_SIZE_PROPERTY + ":1000}") int windowSize) {
        this(registry, processing, eventStore, clock, SHUTDOWN_TIMEOUT, windowSize);
    }

    ViewRebuilds(ViewRegistry registry, EventProcessingConfiguration processing, EventStore eventStore, Clock clock,
                 Duration shutdownTimeout, int windowSize) {
        this.registry = registry;
        this.processing = processing;
        this.eventStore = eventStore;
        this.clock = clock;
        this.shutdownTimeout = shutdownTimeout;
        if (windowSize < 1) {
            throw new IllegalArgumentException(WINDOW_SIZE_PROPERTY + " must be at least 1, not " + windowSize);
        }
        this.windowSize = windowSize;
    }

    /** Starts rebuilding one view and returns at once; read {@link #status} for progress. */
    public ViewStatus rebuild(String name) {
        RebuildableView view = registry.require(name);
        begin(List.of(view));
        return status(view.name());
    }

    /** Rebuilds every registered view in one pass over the stream; returns at once. */
    public List<ViewStatus> rebuildAll() {
        begin(registry.all());
        return statuses();
    }

    /**
     * Stops the views' processors, claims their tokens, clears the views and starts one {@link BulkRebuild} of them.
     * Refused (and every processor left running as it was) if this node is stopping, or one of the views is being
     * rebuilt already, is waiting to be started again, does not stop in time or is claimed by another node.
     */
    private synchronized void begin(Collection<RebuildableView> views) {
        if (!running) {
            throw new RebuildRefusedException("This node is stopping; rebuild on another node, or after its restart.");
        }
        views.stream().filter(view -> isBusy(view.name())).findAny().ifPresent(busy -> {
            throw new RebuildRefusedException("The view " + busy.name() + " is being rebuilt or started again "
                                              + "already; follow its progress and retry once it is running.");
        });
        List<RebuildableView> ordered = List.copyOf(views);
        List<StreamingEventProcessor> processors = ordered.stream().map(view -> processor(view.name())).toList();
        stopAll(processors);
        List<ClaimedView> claimed = claimAll(ordered, processors);
        long head;
        Instant startedAt;
        BulkRebuild run;
        // From here on every failure gives each view back: a head that cannot be read (a database stall) too, which
        // would otherwise leave the processors stopped and their claims held by this node.
        try {
            head = head();
            startedAt = clock.instant();
            run = new BulkRebuild(claimed, eventStore, windowSize, clock);
            claimed.forEach(ClaimedView::reset);
            run.start();
        } catch (RuntimeException e) {
            log.error("Rebuild of {} could not start; each view goes back to its processor", names(claimed), e);
            claimed.forEach(ClaimedView::giveBack);
            // The cause is logged, not answered: it may name database hosts.
            throw new RebuildRefusedException("The rebuild could not start (see the node's log); the views keep "
                                              + "running, those already cleared are refilled by their processors.");
        }
        claimed.forEach(view -> {
            rebuilds.put(view.name(), new ViewStatus.Rebuild(startedAt, head, null, null));
            runs.put(view.name(), run);
        });
        log.info("Rebuilding views {} up to position {}", names(claimed), head);
    }

    /** Being rebuilt by this node, or waiting for its processor to start again after a refusal. */
    private boolean isBusy(String view) {
        BulkRebuild run = runs.get(view);
        return restarting.contains(view) || (run != null && run.isRebuilding(view));
    }

    /** Claims every processor's token, or none: on a refusal the claims taken are released, all processors started. */
    private List<ClaimedView> claimAll(List<RebuildableView> views, List<StreamingEventProcessor> processors) {
        List<ClaimedView> claimed = new ArrayList<>();
        try {
            for (int i = 0; i < processors.size(); i++) {
                claimed.add(ClaimedView.claim(processors.get(i), views.get(i), processing, clock));
            }
            return claimed;
        } catch (RuntimeException e) {
            log.warn("Rebuild of {} refused", processors.stream().map(StreamingEventProcessor::getName).toList(), e);
            claimed.forEach(ClaimedView::abandon);
            processors.subList(claimed.size(), processors.size()).forEach(this::startAgain);
            throw e;
        }
    }

    private static List<String> names(List<ClaimedView> views) {
        return views.stream().map(ClaimedView::name).toList();
    }

    /**
     * For a stopping node, before Axon stops (the highest phase stops first): rebuilds end after their current window,
     * with their tokens stored and their processors left stopped. Later, the event store's stream closing under a
     * rebuild would end it as a failure, which starts the processors again.
     */
    @Override
    public synchronized void stop() {
        running = false;
        Set<BulkRebuild> active = Set.copyOf(runs.values());
        active.forEach(BulkRebuild::requestStop);
        long deadline = System.nanoTime() + STOP_WAIT.toNanos();
        for (BulkRebuild run : active) {
            try {
                run.awaitStop(deadline);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    public ViewStatus status(String name) {
        RebuildableView view = registry.require(name);
        StreamingEventProcessor processor = processor(view.name());
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        BulkRebuild bulk = runs.get(view.name());
        long processed = segments.values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1L))
                .min().orElse(-1L);
        // While the processor reports nothing (stopped for the rebuild, or just handed the view), the rebuild's
        // position stands.
        long position = segments.isEmpty() && bulk != null ? bulk.position(view.name()).orElse(-1L) : processed;
        boolean error = segments.values().stream().anyMatch(EventTrackerStatus::isErrorState);
        String state = error ? "ERROR" : bulk != null && bulk.isRebuilding(view.name()) ? "REBUILDING"
                : processor.isRunning() ? "RUNNING" : "STOPPED";
        long head = head();
        ViewStatus.Rebuild rebuild = rebuilds.computeIfPresent(view.name(), (n, run) -> observed(
                run, position, bulk == null ? Optional.empty() : bulk.writtenThrough(n, run.headAtStart())));
        boolean replaying = rebuild != null && rebuild.finishedAt() == null;
        long target = rebuild != null ? rebuild.headAtStart() : head;
        return new ViewStatus(view.name(), view.collections(), state, position, head, Math.max(0, head - position),
                              percent(position, target), replaying, rebuild);
    }

    public List<ViewStatus> statuses() {
        return registry.all().stream().map(view -> status(view.name())).toList();
    }

    /**
     * Done once the position reached the head the rebuild started against; the speed is then frozen. It ends when the
     * rebuild wrote its last window, if that reached the head ({@code rebuiltAt}); else (the rebuild stopped short, and
     * the processor went on) when a status read first sees the processor there.
     */
    private ViewStatus.Rebuild observed(ViewStatus.Rebuild run, long position, Optional<Instant> rebuiltAt) {
        if (run.finishedAt() != null) {
            return run;
        }
        Instant end = rebuiltAt.orElseGet(clock::instant);
        boolean done = rebuiltAt.isPresent() || position >= run.headAtStart();
        long read = done ? run.headAtStart() + 1 : Math.max(0, Math.min(position, run.headAtStart()) + 1);
        double seconds = Math.max(0.001, Duration.between(run.startedAt(), end).toNanos() / 1e9);
        BigDecimal rate = BigDecimal.valueOf(read / seconds).setScale(1, RoundingMode.HALF_UP);
        return new ViewStatus.Rebuild(run.startedAt(), run.headAtStart(), rate, done ? end : null);
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
     * Stops the processors side by side, or refuses the rebuild if one does not stop in time (a node catching up
     * finishes its batch first): the processors that stopped are started again at once, the others as soon as they
     * have stopped (meanwhile their views refuse rebuilds), untouched, so the views keep running, and the caller is
     * told to retry (409) instead of finding a view stopped behind a 500.
     */
    private void stopAll(List<StreamingEventProcessor> processors) {
        List<CompletableFuture<Void>> stopping = processors.stream().map(StreamingEventProcessor::shutdownAsync).toList();
        long deadline = System.nanoTime() + shutdownTimeout.toNanos();
        List<String> late = new ArrayList<>();
        for (int i = 0; i < processors.size(); i++) {
            try {
                stopping.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                late.add(processors.get(i).getName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                late.add(processors.get(i).getName());
            } catch (ExecutionException e) {
                log.warn("Processor {} did not stop cleanly", processors.get(i).getName(), e.getCause());
                late.add(processors.get(i).getName());
            }
        }
        if (late.isEmpty()) {
            return;
        }
        for (int i = 0; i < processors.size(); i++) {
            StreamingEventProcessor processor = processors.get(i);
            if (late.contains(processor.getName())) {
                restarting.add(processor.getName());
                stopping.get(i).whenComplete((stopped, failure) -> {
                    if (running) {
                        startAgain(processor);
                    }
                    restarting.remove(processor.getName());
                });
            } else {
                startAgain(processor);
            }
        }
        throw new RebuildRefusedException("Of the views " + late + ", each is finishing a batch and did not stop "
                                          + "within " + shutdownTimeout + ": each keeps running; retry shortly.");
    }

    private void startAgain(StreamingEventProcessor processor) {
        try {
            processor.start();
        } catch (RuntimeException e) {
            log.warn("Processor {} did not start again after a refused rebuild", processor.getName(), e);
        }
    }
}
