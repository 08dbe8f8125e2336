package vn.thidua.ledger.app.mongo;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.MongoSilentServerException;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.util.unit.DataSize;

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
 * <p>A third file ({@value #APPEND_ONLY_FILE_NAME}) holds the views' collections named append-only: documents that only
 * grow, by appends, as the audit history's (docs/architecture.md, "Append-only views in a third file"). It is committed every
 * {@link #APPEND_ONLY_COMMIT_INTERVAL}, after the ledger's, and a views commit stores it between the two: so a token
 * in the views' file is never ahead of what the append-only file holds. The pages a rebuild writes then wait a quarter
 * of the time in the heap (the collector promoted them, docs/benchmarks.md, "Session 34"), where committing the whole
 * views' file that often would encode the pages of the views that rewrite their documents four times as often. The
 * other way round, a command that removes from an append-only collection (a rebuild's drop, after the view's token was
 * set back) first commits the views: the file never holds the removal with the token from before it. Writes to it
 * take both files' locks, so a views commit never stores half a command that also lists a new collection.
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
    /** File name of the append-only views' MVStore, beside the views' file. */
    public static final String APPEND_ONLY_FILE_NAME = "thidua-views-append.mv";
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
    /**
     * The default of {@code thidua.mongo.embedded.ledger-cache}, the page cache of the ledger's file, as its property
     * is written: H2's own 16 MB. A cache that holds the whole ledger reads it faster (a 100k-event ledger in 384 MB:
     * light views' rebuilds and replays half as fast again), but a ledger larger than its cache churns it, and the
     * collector then moves the pages it decodes: at 1M events all views rebuilt in 110–129 s with 384 MB against
     * 91–101 s with 16 MB, twice the collector's pauses (docs/benchmarks.md, "Session 43").
     */
    static final String LEDGER_CACHE_TEXT = "16MB";
    /** {@link #LEDGER_CACHE_TEXT} in MB, for tools that open the store. */
    public static final int DEFAULT_LEDGER_CACHE_MB = (int) DataSize.parse(LEDGER_CACHE_TEXT).toMegabytes();
    /** How often the append-only views' file is committed: where the views file's commits every 250 ms helped. */
    static final Duration APPEND_ONLY_COMMIT_INTERVAL = Duration.ofMillis(250);
    /** The commands that add to a collection; any other on an append-only one commits the views first. */
    private static final Set<String> APPENDS = Set.of("insert", "update");

    private static final Logger log = LoggerFactory.getLogger(DurableH2Backend.class);

    private final CommittedFile ledger;
    private final CommittedFile views;
    private final CommittedFile appendOnly;
    private final String viewsDatabase;
    private final Set<String> appendOnlyCollections;
    private final ScheduledExecutorService periodic;
    private volatile Set<String> lazyCollections = Set.of();

    private DurableH2Backend(MVStore ledgerStore, MVStore viewStore, MVStore appendOnlyStore, String viewsDatabase,
                             Set<String> appendOnlyCollections, boolean fsync, Intervals intervals) {
        super(ledgerStore);
        this.ledger = new CommittedFile(ledgerStore, fsync);
        this.views = new CommittedFile(viewStore, fsync);
        this.appendOnly = new CommittedFile(appendOnlyStore, fsync);
        this.viewsDatabase = viewsDatabase;
        this.appendOnlyCollections = Set.copyOf(appendOnlyCollections);
        this.periodic = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "embedded-store-sync");
            thread.setDaemon(true);
            return thread;
        });
        every(intervals.lazyLedger(), "Committing the ledger's lazy writes", this::commitLazyWrites);
        every(intervals.views(), "Committing the views", this::commitViewsIfChanged);
        every(intervals.appendOnlyViews(), "Committing the append-only views", this::commitAppendOnlyIfChanged);
        if (!fsync) {
            every(Duration.ofMillis(SYNC_INTERVAL_MS), "Forcing the files to the device", this::sync);
        }
    }

    private void every(Duration interval, String what, Runnable task) {
        periodic.scheduleWithFixedDelay(() -> quietly(what, task), interval.toMillis(), interval.toMillis(),
                                        TimeUnit.MILLISECONDS);
    }

    /**
     * Opens (creating, or migrating from the stock format) the store file, and beside it the views database's files
     * ({@value #VIEWS_FILE_NAME}, {@value #APPEND_ONLY_FILE_NAME}) for the database {@value #VIEWS_DATABASE}, with the
     * node's append-only collections: whoever opens a data directory first pairs its files, and after that nothing
     * moves a collection to the append-only file, so a tool must route them as the node does.
     */
    public static DurableH2Backend open(Path file, boolean fsync) {
        return open(file, fsync, DEFAULT_LEDGER_CACHE_MB);
    }

    /** As {@link #open(Path, boolean)}, with a page cache of {@code ledgerCacheMegabytes} for the ledger's file. */
    public static DurableH2Backend open(Path file, boolean fsync, int ledgerCacheMegabytes) {
        return open(file, VIEWS_DATABASE, fsync, VIEW_COMMIT_INTERVAL, MongoEndpoint.APPEND_ONLY_VIEWS,
                    ledgerCacheMegabytes);
    }

    /**
     * As {@link #open(Path, boolean)}, for the views database {@code viewsDatabase}, committed every interval, whose
     * collections {@code appendOnly} are kept in the append-only file (moved there from the views' file if found), with
     * a page cache of {@code ledgerCacheMegabytes} for the ledger's file.
     */
    static DurableH2Backend open(Path file, String viewsDatabase, boolean fsync, Duration viewCommitInterval,
                                 Set<String> appendOnly, int ledgerCacheMegabytes) {
        return open(file, viewsDatabase, fsync, new Intervals(Duration.ofMillis(SYNC_INTERVAL_MS), viewCommitInterval,
                                                              APPEND_ONLY_COMMIT_INTERVAL), appendOnly,
                    ledgerCacheMegabytes);
    }

    /** As {@link #open(Path, String, boolean, Duration, Set, int)}, with every commit interval chosen. */
    static DurableH2Backend open(Path file, String viewsDatabase, boolean fsync, Intervals intervals,
                                 Set<String> appendOnly, int ledgerCacheMegabytes) {
        MVStore ledgerStore = StoreFile.open(file, ledgerCacheMegabytes);
        try {
            ViewFiles.Opened viewFiles = ViewFiles.open(file.resolveSibling(VIEWS_FILE_NAME),
                                                        file.resolveSibling(APPEND_ONLY_FILE_NAME), viewsDatabase,
                                                        appendOnly);
            return new DurableH2Backend(ledgerStore, viewFiles.views(), viewFiles.appendOnly(), viewsDatabase,
                                        appendOnly, fsync, intervals);
        } catch (RuntimeException e) {
            ledgerStore.close();
            throw e;
        }
    }

    /**
     * How often each file is committed without being asked: the ledger's lazy writes, the views, the append-only views.
     */
    record Intervals(Duration lazyLedger, Duration views, Duration appendOnlyViews) {
    }

    /** The page cache of the ledger's file, in MB. */
    int ledgerCacheMegabytes() {
        return ledger.store().getCacheSize();
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
        if (views != null && databaseName.equals(viewsDatabase)) {
            return new LedgerDatabase(databaseName, views.store(), appendOnly.store(), appendOnlyCollections,
                                      getCursorRegistry());
        }
        return new LedgerDatabase(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String database, String command, Document query) {
        try {
            return handle(channel, database, command, query);
        } catch (MongoSilentServerException notFound) {
            // A drop's one failure that is not an error: the collection does not exist. MongoDB answers ok since 7.0
            // (SERVER-43894); mongo-java-server answers "ns not found", which the driver ignores, but its handler logs
            // it as an error with a stack trace, on every rebuild of a view that had nothing to write.
            if (!command.equalsIgnoreCase("drop")) {
                throw notFound;
            }
            return new Document("ok", 1.0);
        }
    }

    private Document handle(Channel channel, String database, String command, Document query) {
        if (isRead(command, query)) {
            return super.handleCommand(channel, database, command, query);
        }
        if (database.equals(viewsDatabase)) {
            return writeView(command, query, () -> super.handleCommand(channel, database, command, query));
        }
        try {
            return ledger.write(() -> super.handleCommand(channel, database, command, query));
        } finally {
            if (!(query.get(command) instanceof String collection && lazyCollections.contains(collection))) {
                ledger.commit();
            }
        }
    }

    /** A write to the views database: under the lock of the file it writes, or of both (see the class comment). */
    private Document writeView(String command, Document query, Supplier<Document> write) {
        String name = command.toLowerCase(Locale.ROOT);
        boolean appendOnlyCollection = query.get(command) instanceof String collection
                && appendOnlyCollections.contains(collection);
        if (!appendOnlyCollection && !name.equals("dropdatabase")) {
            return views.write(write);
        }
        if (!APPENDS.contains(name)) {
            commitViews();
        }
        return views.write(() -> appendOnly.write(write));
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

    /**
     * Stores the views, after the ledger and the append-only views: no view write runs meanwhile, so none can show an
     * event not yet stored, and no token is stored ahead of the append-only view it covers.
     */
    void commitViews() {
        views.commitAfter(() -> {
            ledger.commit();
            appendOnly.commit();
        });
    }

    /** Stores the append-only views, after the ledger. */
    void commitAppendOnly() {
        appendOnly.commitAfter(ledger::commit);
    }

    private void commitLazyWrites() {
        if (ledger.hasUnsavedChanges()) {
            ledger.commit();
        }
    }

    private void commitAppendOnlyIfChanged() {
        if (appendOnly.hasUnsavedChanges()) {
            commitAppendOnly();
        }
    }

    private void commitViewsIfChanged() {
        if (views.hasUnsavedChanges()) {
            commitViews();
        }
    }

    private void sync() {
        ledger.syncIfChanged();
        appendOnly.syncIfChanged();
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
        // The ledger's file first (closing stores what is left), then the views that were built from it, the
        // append-only ones before the tokens.
        views.close(() -> {
            appendOnly.close(() -> {
                ledger.close(super::close);
                appendOnly.store().close();
            });
            views.store().close();
        });
    }
}
