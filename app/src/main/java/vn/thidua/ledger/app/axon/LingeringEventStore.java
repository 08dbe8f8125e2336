package vn.thidua.ledger.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Axon's embedded event store, whose event producer (the thread that reads newly stored events for this node's view
 * processors) is woken once per {@code linger} after commits instead of after every commit. Each wake-up is a tracked
 * read of the store, two when it finds an event (the producer reads again until it finds none): at 500 commands a
 * second that was two queries per command, for events that the pooled processors take about every half second anyway
 * (a caught-up processor's coordinator looks for events every 500 ms: this store offers it no availability
 * callback). A commit always leads to a wake-up at most {@code linger} later: one is scheduled unless one is already
 * pending, and the flag is cleared before the wake-up, so a commit during the wake-up schedules the next.
 * Events committed on other nodes reach the producer by its own polling, as before.
 */
final class LingeringEventStore extends EmbeddedEventStore {

    private final long lingerNanos;
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final ScheduledExecutorService wakeUps = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "event-store-wake-ups");
        thread.setDaemon(true);
        return thread;
    });

    LingeringEventStore(Builder builder, Duration linger) {
        super(builder);
        this.lingerNanos = linger.toNanos();
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

    @Override
    public void shutDown() {
        wakeUps.shutdownNow();
        super.shutDown();
    }
}
