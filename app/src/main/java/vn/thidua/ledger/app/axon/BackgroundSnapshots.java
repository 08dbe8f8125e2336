package vn.thidua.ledger.app.axon;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.axonframework.common.DirectExecutor;

/**
 * Where aggregate snapshots are taken: one thread of their own. Axon takes a snapshot after the commit that crossed the
 * threshold, still inside that command's unit of work, where the aggregate's lock is held: in the committing thread, a
 * snapshot of a large campaign (its whole pledge register, read back and serialized) kept every other command of the
 * campaign waiting, once every {@code snapshot-threshold} events. On this thread the command returns at once; Axon's
 * snapshotter skips a request for an aggregate whose snapshot is already being taken, so requests do not pile up. A
 * snapshot is only a shortcut for loading, so one lost to a stop is taken again later.
 */
final class BackgroundSnapshots implements AutoCloseable {

    private final ExecutorService thread;

    /** @param inBackground false: in the committing thread, as Axon does by default (for tests that need it there) */
    BackgroundSnapshots(boolean inBackground) {
        this.thread = inBackground ? Executors.newSingleThreadExecutor(task -> {
            Thread snapshots = new Thread(task, "aggregate-snapshots");
            snapshots.setDaemon(true);
            return snapshots;
        }) : null;
    }

    Executor executor() {
        return thread == null ? DirectExecutor.INSTANCE : thread;
    }

    /** Lets the snapshots asked for finish, for 5 s at most; the rest are taken again after a restart. */
    @Override
    public void close() throws InterruptedException {
        if (thread != null) {
            thread.shutdown();
            if (!thread.awaitTermination(5, TimeUnit.SECONDS)) {
                thread.shutdownNow();
            }
        }
    }
}
