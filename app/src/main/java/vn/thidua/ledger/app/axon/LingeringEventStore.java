package vn.thidua.ledger.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Axon's embedded event store, whose event producer (the thread that reads newly stored events for this node's view
 * processors) is woken once per {@code linger} after commits instead of after every commit. Each wake-up is a tracked
 * read of the store, two when it finds an event (the producer reads again until it finds none): at 500 commands a
 * second that was two queries per command. A commit always leads to a wake-up at most {@code linger} later: one is
 * scheduled unless one is already pending, and the flag is cleared before the wake-up, so a commit during the wake-up
 * schedules the next. Events committed on other nodes reach the producer by its own polling, as before.
 * <p>
 * Its streams offer an availability callback ({@link NotifyingEventStream}), run every {@code availabilityPoll}: as
 * often as a caught-up pooled processor looked for events without one, so the commits of that time are still folded
 * in one batch (a view's writes per batch, not per commit, are what keeps it cheap under load). What changes is the
 * stop: Axon's coordinator schedules that 500 ms look so that a stop request cannot overtake it, and a processor took
 * up to half a second to stop; given a callback, it waits for it in a way a stop request interrupts (a view's rebuild
 * stops its processor first: docs/benchmarks.md, "Session 23").
 */
final class LingeringEventStore extends EmbeddedEventStore {

    /** How often the streams' callbacks run: as often as Axon's coordinator looked for events without one. */
    static final Duration AVAILABILITY_POLL = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(LingeringEventStore.class);

    private final long lingerNanos;
    private final Set<NotifyingEventStream> notified = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-wake-ups");
        thread.setDaemon(true);
        return thread;
    });

    LingeringEventStore(Builder builder, Duration linger) {
        this(builder, linger, AVAILABILITY_POLL);
    }

    LingeringEventStore(Builder builder, Duration linger, Duration availabilityPoll) {
        super(builder);
        this.lingerNanos = linger.toNanos();
        wakeUps.scheduleWithFixedDelay(this::notifyStreams, availabilityPoll.toNanos(), availabilityPoll.toNanos(),
                                       TimeUnit.NANOSECONDS);
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new NotifyingEventStream(super.openStream(trackingToken), notified);
    }

    @Override
    protected void afterCommit(List<? extends EventMessage<?>> events) {
        if (lingerNanos == 0) {
            super.afterCommit(events);
        } else if (wakeUpPending.compareAndSet(false, true)) {
            try {
                wakeUps.schedule(() -> {
                    wakeUpPending.set(false);
                    super.afterCommit(events);
                }, lingerNanos, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException shutDown) {
                // A command that commits while the application stops (Axon stops the store before the command
                // handlers): its events are stored; wake the reader at once, as Axon's own store would.
                wakeUpPending.set(false);
                super.afterCommit(events);
            }
        }
    }

    private void notifyStreams() {
        for (NotifyingEventStream stream : notified) {
            try {
                stream.eventsMayBeAvailable();
            } catch (RuntimeException e) {
                // A processor that stopped without closing its stream: the others are told, and so is this one
                // again at the next poll (an exception would end the periodic task for all).
                log.debug("An event stream's availability callback failed", e);
            }
        }
    }

    @Override
    public void shutDown() {
        wakeUps.shutdownNow();
        super.shutDown();
    }
}
