package vn.thidua.ledger.app.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * mongo-java-server's H2 backend made durable per write: a command that may change data is committed to the
 * file before its reply goes out, so whatever the client saw acknowledged survives a {@code kill -9}. The stock
 * backend lets MVStore commit on its own, about once a second, and answers first (measured: 7 of 149
 * acknowledged pledges lost).
 *
 * <p>Commits happen only at points where no command is half done: commands that may write run under a shared
 * lock, a commit takes it exclusively (MVStore's background writer is off, see {@link StoreFile#open}). Writers
 * that finish while a commit runs are stored together by the next one (group commit). Every commit is written
 * to the file before the reply, so a killed process loses nothing it acknowledged; with {@code fsync} each
 * commit is also forced to the device ({@code FileChannel.force}) before the reply, so a power cut loses
 * nothing either; without, the file is forced every {@value #SYNC_INTERVAL_MS} ms (a power cut may lose that). Without
 * MVStore's background thread the store compacts itself here, after a commit, at most once per
 * {@value #HOUSEKEEPING_INTERVAL_MS} ms.
 *
 * <p>Writes to collections named {@linkplain #commitLazily derived} (views, processor tokens: rebuilt from the events
 * if lost) are not committed on their own: the next commit of any other write takes them along, or the periodic commit
 * every {@value #SYNC_INTERVAL_MS} ms. A store is thus always a prefix of the writes in the order they were made, so
 * after a {@code kill -9} a view is never ahead of its processor's token, nor of the events, and catches up from there;
 * in return a view processor's batch costs no commit of its own, in live processing and in rebuilds.
 *
 * <p>Documents and keys are stored as BSON ({@link LedgerDatabase}, {@link BsonTypes}), not Java-serialized.
 */
public final class DurableH2Backend extends H2Backend {

    /** Commands that never change stored data; any other command is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "ping", "ismaster", "hello", "buildinfo", "serverstatus", "dbstats",
            "collstats", "whatsmyuri", "getlasterror", "getlog", "hostinfo", "getcmdlineopts", "connectionstatus",
            "getfreemonitoringstatus", "killcursors", "endsessions", "getparameter", "explain");
    private static final long HOUSEKEEPING_INTERVAL_MS = 1_000;
    private static final int COMPACT_BELOW_FILL_RATE = 60;
    private static final int COMPACT_WRITE_BYTES = 1 << 20;
    private static final long SYNC_INTERVAL_MS = 200;
    private static final int RETENTION_WITHOUT_FSYNC_MS = 2_000;

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private final MVStore store;
    private final boolean fsync;
    private final ReadWriteLock commitLock = new ReentrantReadWriteLock();
    private final ScheduledExecutorService periodic;
    private long lastHousekeeping = System.nanoTime();
    private volatile long syncedVersion = -1;
    private volatile Set<String> derivedCollections = Set.of();

    private DurableH2Backend(MVStore store, boolean fsync, Duration lazyCommitInterval) {
        super(store);
        this.store = store;
        this.fsync = fsync;
        // MVStore keeps a chunk whose pages were all replaced for a while before reusing its space (45 s by
        // default), in case the OS reorders writes across a power cut. With one commit per write that default
        // made the file ten times larger (20k inserts: 507 MiB instead of 47 MiB) and writes twice slower.
        // With fsync every commit is on the device before the next one can reuse anything: reuse at once.
        // Without, the file is forced every 200 ms, and space is reused only 2 s after it was freed.
        store.setRetentionTime(fsync ? 0 : RETENTION_WITHOUT_FSYNC_MS);
        this.periodic = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-sync");
            thread.setDaemon(true);
            return thread;
        });
        periodic.scheduleWithFixedDelay(this::commitIfChanged, lazyCommitInterval.toMillis(),
                                        lazyCommitInterval.toMillis(), TimeUnit.MILLISECONDS);
        if (!fsync) {
            periodic.scheduleWithFixedDelay(this::syncIfChanged, SYNC_INTERVAL_MS, SYNC_INTERVAL_MS,
                                            TimeUnit.MILLISECONDS);
        }
    }

    /** Opens (creating, or migrating from the stock format) the store file. */
    public static DurableH2Backend open(Path file, boolean fsync) {
        return open(file, fsync, Duration.ofMillis(SYNC_INTERVAL_MS));
    }

    /** As {@link #open(Path, boolean)}, with derived writes committed on their own after {@code lazyCommitInterval}. */
    static DurableH2Backend open(Path file, boolean fsync, Duration lazyCommitInterval) {
        return new DurableH2Backend(StoreFile.open(file), fsync, lazyCommitInterval);
    }

    /**
     * Names the collections of derived data, whose writes need not be in the file before their reply (see above).
     * Until this is called, every write is committed before its reply.
     */
    public void commitLazily(Set<String> collections) {
        derivedCollections = Set.copyOf(collections);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new LedgerDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (isRead(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        commitLock.readLock().lock();
        try {
            return super.handleCommand(channel, database, command, query);
        } finally {
            commitLock.readLock().unlock();
            if (!(query.get(command) instanceof String collection && derivedCollections.contains(collection))) {
                commit();
            }
        }
    }

    private static boolean isRead(String command, Document query) {
        String name = command.toLowerCase(Locale.ROOT);
        if (name.equals("aggregate")) {
            return !(query.get("pipeline") instanceof Collection<?> stages)
                    || stages.stream().noneMatch(stage -> stage instanceof Document document
                    && (document.containsKey("$out") || document.containsKey("$merge")));
        }
        return READS.contains(name);
    }

    /** Stores every change made so far; returns once they are in the file (and on the device, with fsync). */
    @Override
    public void commit() {
        commitLock.writeLock().lock();
        try {
            store();
            long now = System.nanoTime();
            if (now - lastHousekeeping > TimeUnit.MILLISECONDS.toNanos(HOUSEKEEPING_INTERVAL_MS)) {
                lastHousekeeping = now;
                // rewrites the live pages of sparse chunks; storing them is an ordinary commit
                if (store.compact(COMPACT_BELOW_FILL_RATE, COMPACT_WRITE_BYTES)) {
                    store();
                }
            }
        } finally {
            commitLock.writeLock().unlock();
        }
    }

    private void store() {
        if (store.commit() >= 0 && fsync) {
            store.sync();
        }
    }

    /** Commits the derived writes that no other write took along since. */
    private void commitIfChanged() {
        try {
            if (!store.isClosed() && store.hasUnsavedChanges()) {
                commit();
            }
        } catch (RuntimeException e) {
            log.warn("Committing the embedded store failed; retrying in {} ms", SYNC_INTERVAL_MS, e);
        }
    }

    /** Without fsync: forces what was committed since the last call to the device. */
    private void syncIfChanged() {
        try {
            long version = store.getCurrentVersion();
            if (version != syncedVersion && !store.isClosed()) {
                store.sync();
                syncedVersion = version;
            }
        } catch (RuntimeException e) {
            log.warn("Forcing the embedded store to the device failed; retrying in {} ms", SYNC_INTERVAL_MS, e);
        }
    }

    @Override
    public void close() {
        // not shutdownNow(): an interrupt during FileChannel.force would close the store's channel
        periodic.shutdown();
        try {
            periodic.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        commitLock.writeLock().lock();
        try {
            super.close(); // closes the MVStore, which stores what is left
        } finally {
            commitLock.writeLock().unlock();
        }
    }
}
