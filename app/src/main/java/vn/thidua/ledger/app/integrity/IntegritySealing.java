package vn.thidua.ledger.app.integrity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import vn.thidua.ledger.eventstore.IntegrityCheckpoint;
import vn.thidua.ledger.eventstore.IntegritySealer;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the {@link IntegritySealer} every {@code thidua.integrity.seal-interval} on one daemon thread, while the
 * application runs; each run seals until nothing settled is left (at most {@value #SEALS_PER_RUN} checkpoints).
 * A failed run is logged and retried at the next interval: sealing late loses nothing, it only widens the
 * unsealed tail.
 */
public class IntegritySealing implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IntegritySealing.class);
    private static final int SEALS_PER_RUN = 100;

    private final IntegritySealer sealer;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    IntegritySealing(IntegritySealer sealer, Duration interval) {
        this.sealer = sealer;
        this.interval = interval;
    }

    /** Seals now; returns the last checkpoint written, if any. Also what the schedule runs. */
    public Optional<IntegrityCheckpoint> sealNow() {
        Optional<IntegrityCheckpoint> last = Optional.empty();
        if (sealer == null) {
            return last;
        }
        for (int i = 0; i < SEALS_PER_RUN; i++) {
            Optional<IntegrityCheckpoint> sealed = sealer.seal();
            if (sealed.isEmpty()) {
                break;
            }
            last = sealed;
        }
        return last;
    }

    private void sealQuietly() {
        try {
            sealNow().ifPresent(c -> log.debug("Sealed checkpoint {} up to global index {}", c.number(), c.to()));
        } catch (RuntimeException e) {
            log.warn("Sealing the history failed; retrying in {}", interval, e);
        }
    }

    @Override
    public synchronized void start() {
        if (sealer == null || scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "integrity-sealer");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::sealQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
