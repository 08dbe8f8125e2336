package vn.thidua.ledger.app.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

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
 * <p>Two files. The ledger's ({@code thidua-ledger.mv}: events, snapshots, every database but one) commits each
 * write before its reply ({@link CommittedFile}: writers share a lock, a commit takes it alone, writers that finish
 * during a commit are stored by the next one). The views database ({@code thidua_views}: every view and the
 * processors' tokens, rebuilt from the events if lost) lives in a file of its own ({@code thidua-views.mv}),
 * committed only every {@code viewCommitInterval}: a view processor's batch costs no commit, an append commits only
 * the ledger's pages and never waits for a view's bulk write. A views commit first commits the ledger's file, while
 * no view write runs: everything a processor had read is then in the ledger's file before the view that shows it, so
 * after a {@code kill -9} a view is never ahead of its processor's token, nor the token ahead of the events.
 *
 * <p>Writes to the ledger's collections named {@linkplain #commitLazily lazy} (the event store's global index counter,
 * whose every reservation is stored with the commit that uses it) are not committed on their own: the next commit of
 * any other write takes them along, or the periodic one. Without {@code fsync} both files are forced to the device
 * every {@value #SYNC_INTERVAL_MS} ms, the ledger's first (a power cut may lose that).
 *
 * <p>Documents and keys are stored as BSON ({@link LedgerDatabase}, {@link BsonTypes}), not Java-serialized.
 */
public final class DurableH2Backend extends H2Backend {

    /** File name of the views database's MVStore, beside the ledger's file. */
    public static final String VIEWS_FILE_NAME = "thidua-views.mv";
    /** The views database's default name ({@code thidua.mongo.views-database}). */
    public static final String VIEWS_DATABASE = "thidua_views";

    /** Commands that never change stored data; any other command is treated as a write. */
    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "listcollections",
            "listindexes", "listdatabases", "ping", "ismaster", "hello", "buildinfo", "serverstatus", "dbstats",
            "collstats", "whatsmyuri", "getlasterror", "getlog", "hostinfo", "getcmdlineopts", "connectionstatus",
            "getfreemonitoringstatus", "killcursors", "endsessions", "getparameter", "explain");
    private static final long SYNC_INTERVAL_MS = 200;
    /**
     * The default of {@code thidua.mongo.embedded.views-commit-interval}, as its property is written (ISO-8601, which
     * Spring's binder reads too): {@link MongoSettings} takes it from here, so the two cannot drift apart. A second:
     * with commits every 250 ms an {@code auditLog} rebuild was faster, but {@code pledges} and {@code yearSummaries}
     * gained nothing and lost in some runs (docs/benchmarks.md, "Session 34").
     */
    static final String VIEW_COMMIT_INTERVAL_TEXT = "PT1S";
    static final Duration VIEW_COMMIT_INTERVAL = Duration.parse(VIEW_COMMIT_INTERVAL_TEXT);

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private final CommittedFile ledger;
    private final CommittedFile views;
    private final String viewsDatabase;
    private final ScheduledExecutorService periodic;
    private volatile Set<String> lazyCollections = Set.of();

    private DurableH2Backend(MVStore ledgerStore, MVStore viewStore, String viewsDatabase, boolean fsync,
                             Duration lazyCommitInterval, Duration viewCommitInterval) {
        super(ledgerStore);
        this.ledger = new CommittedFile(ledgerStore, fsync);
        this.views = new CommittedFile(viewStore, fsync);
        this.viewsDatabase = viewsDatabase;
        this.periodic = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-sync");
            thread.setDaemon(true);
            return thread;
        });
        periodic.scheduleWithFixedDelay(() -> quietly("Committing the ledger's lazy writes", this::commitLazyWrites),
                                        lazyCommitInterval.toMillis(), lazyCommitInterval.toMillis(),
                                        TimeUnit.MILLISECONDS);
        periodic.scheduleWithFixedDelay(() -> quietly("Committing the views", this::commitViewsIfChanged),
                                        viewCommitInterval.toMillis(), viewCommitInterval.toMillis(),
                                        TimeUnit.MILLISECONDS);
        if (!fsync) {
            periodic.scheduleWithFixedDelay(() -> quietly("Forcing the files to the device", this::sync),
                                            SYNC_INTERVAL_MS, SYNC_INTERVAL_MS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Opens (creating, or migrating from the stock format) the store file, and beside it the views database's file
     * ({@value #VIEWS_FILE_NAME}) for the database {@value #VIEWS_DATABASE}.
     */
    public static DurableH2Backend open(Path file, boolean fsync) {
        return open(file, VIEWS_DATABASE, fsync, VIEW_COMMIT_INTERVAL);
    }

    /** As {@link #open(Path, boolean)}, for the views database {@code viewsDatabase}, committed every interval. */
    static DurableH2Backend open(Path file, String viewsDatabase, boolean fsync, Duration viewCommitInterval) {
        return open(file, viewsDatabase, fsync, Duration.ofMillis(SYNC_INTERVAL_MS), viewCommitInterval);
    }

    /**
     * As {@link #open(Path, String, boolean, Duration)}, with the ledger's lazy writes committed at the latest after
     * {@code lazyCommitInterval} and the views every {@code viewCommitInterval}.
     */
    static DurableH2Backend open(Path file, String viewsDatabase, boolean fsync, Duration lazyCommitInterval,
                                 Duration viewCommitInterval) {
        MVStore ledgerStore = StoreFile.open(file);
        try {
            return new DurableH2Backend(ledgerStore, StoreFile.open(file.resolveSibling(VIEWS_FILE_NAME)),
                                        viewsDatabase, fsync, lazyCommitInterval, viewCommitInterval);
        } catch (RuntimeException e) {
            ledgerStore.close();
            throw e;
        }
    }

    /**
     * Names the ledger's collections whose writes need not be in the file before their reply (see above). Until this
     * is called, every write to the ledger's databases is committed before its reply.
     */
    public void commitLazily(Set<String> collections) {
        lazyCollections = Set.copyOf(collections);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        // null while H2Backend's constructor opens the databases found in the ledger's file: they are the ledger's
        boolean isViews = views != null && databaseName.equals(viewsDatabase);
        return new LedgerDatabase(databaseName, isViews ? views.store() : getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        if (isRead(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        if (database.equals(viewsDatabase)) {
            return views.write(() -> super.handleCommand(channel, database, command, query));
        }
        try {
            return ledger.write(() -> super.handleCommand(channel, database, command, query));
        } finally {
            if (!(query.get(command) instanceof String collection && lazyCollections.contains(collection))) {
                ledger.commit();
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

    /** Stores every change made so far to the ledger's file; returns once they are in it (and on the device, with fsync). */
    @Override
    public void commit() {
        ledger.commit();
    }

    /** Stores the views, after the ledger: no view write runs meanwhile, so none can show an event not yet stored. */
    void commitViews() {
        views.commitAfter(ledger::commit);
    }

    private void commitLazyWrites() {
        if (ledger.hasUnsavedChanges()) {
            ledger.commit();
        }
    }

    private void commitViewsIfChanged() {
        if (views.hasUnsavedChanges()) {
            commitViews();
        }
    }

    private void sync() {
        ledger.syncIfChanged();
        views.syncIfChanged();
    }

    private static void quietly(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            log.warn("{} failed; retrying at the next interval", what, e);
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
        // The ledger's file first (closing stores what is left), then the views that were built from it.
        views.close(() -> {
            ledger.close(super::close);
            views.store().close();
        });
    }
}
