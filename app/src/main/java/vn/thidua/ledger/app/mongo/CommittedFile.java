package vn.thidua.ledger.app.mongo;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.h2.mvstore.MVStore;

/**
 * One MVStore file of the embedded store and its commit lock ({@link DurableH2Backend}): commands that may write run
 * under the shared lock, a commit takes it alone, so a commit never stores a command half done. Writers that finish
 * while a commit runs are stored together by the next one (group commit). With {@code fsync} each commit is forced to
 * the device before it returns. Without MVStore's background thread (off, see {@link StoreFile#open}) the file
 * compacts itself here, after a commit, at most once per {@value #HOUSEKEEPING_INTERVAL_MS} ms.
 */
final class CommittedFile {

    private static final long HOUSEKEEPING_INTERVAL_MS = 1_000;
    private static final int COMPACT_BELOW_FILL_RATE = 60;
    private static final int COMPACT_WRITE_BYTES = 1 << 20;
    private static final int RETENTION_WITHOUT_FSYNC_MS = 2_000;

    private final MVStore store;
    private final boolean fsync;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private long lastHousekeeping = System.nanoTime();
    private volatile long syncedVersion = -1;

    CommittedFile(MVStore store, boolean fsync) {
        this.store = store;
        this.fsync = fsync;
        // MVStore keeps a chunk whose pages were all replaced for a while before reusing its space (45 s by
        // default), in case the OS reorders writes across a power cut. With one commit per write that default
        // made the file ten times larger (20k inserts: 507 MiB instead of 47 MiB) and writes twice slower.
        // With fsync every commit is on the device before the next one can reuse anything: reuse at once.
        // Without, the file is forced every 200 ms, and space is reused only 2 s after it was freed.
        store.setRetentionTime(fsync ? 0 : RETENTION_WITHOUT_FSYNC_MS);
    }

    MVStore store() {
        return store;
    }

    /** Runs a command that may write, beside the other writers, never during a commit. */
    <T> T write(Supplier<T> command) {
        lock.readLock().lock();
        try {
            return command.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Stores every change made so far; returns once they are in the file (and on the device, with fsync). */
    void commit() {
        lock.writeLock().lock();
        try {
            storeChanges();
            long now = System.nanoTime();
            if (now - lastHousekeeping > TimeUnit.MILLISECONDS.toNanos(HOUSEKEEPING_INTERVAL_MS)) {
                lastHousekeeping = now;
                // rewrites the live pages of sparse chunks; storing them is an ordinary commit
                if (store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_WRITE_BYTES)) {
                    storeChanges();
                }
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** As {@link #commit()}, with {@code first} run before, while no command of this file runs. */
    void commitAfter(Runnable first) {
        lock.writeLock().lock();
        try {
            first.run();
            commit();
        } finally {
            lock.writeLock().unlock();
        }
    }

    boolean hasUnsavedChanges() {
        return !store.isClosed() && store.hasUnsavedChanges();
    }

    /** Without fsync: forces what was committed since the last call to the device. */
    void syncIfChanged() {
        long version = store.getCurrentVersion();
        if (version != syncedVersion && !store.isClosed()) {
            store.sync();
            syncedVersion = version;
        }
    }

    /** Closes the file, storing what is left, once no command of it runs. */
    void close(Runnable closing) {
        lock.writeLock().lock();
        try {
            closing.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void storeChanges() {
        if (store.commit() >= 0 && fsync) {
            store.sync();
        }
    }
}
