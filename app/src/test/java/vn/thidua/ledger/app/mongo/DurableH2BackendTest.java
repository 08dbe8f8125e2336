package vn.thidua.ledger.app.mongo;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoNamespace;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinarySubType;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.util.unit.DataSize;
import vn.thidua.ledger.query.audit.AuditLog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DurableH2BackendTest {

    private static final DataSize LEDGER_CACHE = DataSize.parse(DurableH2Backend.LEDGER_CACHE_TEXT);
    private static final MongoSettings.Embedded H2_NO_FSYNC = new MongoSettings.Embedded(EmbeddedBackend.H2, 0, false,
            Duration.ofSeconds(1), LEDGER_CACHE);

    /** The processors' tokens, in the views' file: written after the views they cover. */
    private static final String TOKENS = "tokens";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "fsync {0}")
    @ValueSource(booleans = {false, true})
    void everyAcknowledgedWriteIsInTheFileBeforeTheReply(boolean fsync) throws Exception {
        Path live = dir.resolve("live");
        int writers = 4;
        int perWriter = 50;
        MongoSettings.Embedded settings = new MongoSettings.Embedded(EmbeddedBackend.H2, 0, fsync,
                                                                     Duration.ofSeconds(1), LEDGER_CACHE);
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(settings, live)) {
            MongoCollection<Document> pledges = endpoint.client().getDatabase("thidua").getCollection("pledges");
            pledges.createIndex(Indexes.ascending("registrantId"), new IndexOptions().unique(true));
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perWriter; i++) {
                        pledges.insertOne(new Document("_id", (long) writer * perWriter + i)
                                .append("registrantId", "cc-" + writer + "-" + i));
                    }
                    pledges.updateOne(Filters.eq("_id", (long) writer * perWriter), Updates.set("amended", true));
                }));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
            pool.shutdown();
            // What a kill -9 leaves: the file as it is now, the server still running.
            Files.createDirectories(dir.resolve("copy"));
            Files.copy(live.resolve(MongoEndpoint.H2_FILE_NAME), dir.resolve("copy").resolve(MongoEndpoint.H2_FILE_NAME));
        }

        try (MongoEndpoint copy = MongoEndpoint.embedded(H2_NO_FSYNC, dir.resolve("copy"))) {
            MongoCollection<Document> pledges = copy.client().getDatabase("thidua").getCollection("pledges");
            assertThat(pledges.countDocuments()).isEqualTo(writers * perWriter);
            assertThat(pledges.countDocuments(Filters.eq("amended", true))).isEqualTo(writers);
            assertThatThrownBy(() -> pledges.insertOne(new Document("_id", -1L).append("registrantId", "cc-3-49")))
                    .isInstanceOfSatisfying(MongoWriteException.class, DurableH2BackendTest::isDuplicateKey);
        }
    }

    /**
     * An update changes the stored document in place and puts the same instance back, and the page is stored again:
     * what reaches the file must be the changed document. (Session 8 tried keeping each document's encoded bytes, by
     * identity, for page writes, docs/benchmarks.md; this test is what would catch a stale copy.)
     */
    @Test
    void aDocumentChangedInPlaceReachesTheFileChanged() throws Exception {
        Path store = dir.resolve("store");
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, store)) {
            MongoCollection<Document> counters = endpoint.client().getDatabase("thidua").getCollection("counters");
            for (int i = 0; i < 20; i++) {
                counters.insertOne(new Document("_id", "c" + i).append("n", 0L));
            }
            for (long round = 1; round <= 5; round++) {
                counters.updateOne(Filters.eq("_id", "c7"), Updates.inc("n", 1L));
                counters.replaceOne(Filters.eq("_id", "c8"), new Document("_id", "c8").append("n", round));
                // and a neighbour on the same page, stored with c7 and c8 as they are now
                counters.insertOne(new Document("_id", "c9-" + round).append("n", 0L));
            }
        }

        try (MongoEndpoint reopened = MongoEndpoint.embedded(H2_NO_FSYNC, store)) {
            MongoCollection<Document> counters = reopened.client().getDatabase("thidua").getCollection("counters");
            assertThat(counters.find(Filters.in("_id", "c7", "c8")).map(counter -> counter.getLong("n")))
                    .containsExactly(5L, 5L);
            assertThat(counters.countDocuments()).isEqualTo(25);
        }
    }

    /**
     * A view's write is not in the views' file until the views are committed, and that commit stores the ledger's file
     * first: a view never shows an event that a kill -9 would take back. Here the event's own commit is held back (its
     * collection lazy) as if the kill struck between its write and its commit, after a processor had read it.
     */
    @Test
    void aViewReachesItsFileOnlyWithEveryEventItCouldHaveRead() throws Exception {
        onALiveStore(Duration.ofHours(1), "events", (ledger, views, backend) -> {
            ledger.getCollection("events").insertOne(new Document("_id", 1));
            views.getCollection("views").insertOne(new Document("_id", "view").append("position", 1));

            assertThat(countsInACopy("before")).containsExactly(0L, 0L);

            backend.commitViews();

            assertThat(countsInACopy("after")).containsExactly(1L, 1L);
        });
    }

    @Test
    void aViewIsCommittedWithinTheIntervalWithoutAnyOtherWrite() throws Exception {
        onALiveStore(Duration.ofMillis(50), "none", (ledger, views, backend) -> {
            views.getCollection("views").insertOne(new Document("_id", "view"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int copy = 0;
            while (countsInACopy("copy-" + copy++).get(1) == 0L && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(countsInACopy("last")).containsExactly(0L, 1L);
        });
    }

    @Test
    void aWriteToTheLedgerIsInItsFileBeforeItsReplyWhateverTheViewsDo() throws Exception {
        onALiveStore(Duration.ofHours(1), "none", (ledger, views, backend) -> {
            views.getCollection("views").insertOne(new Document("_id", "view"));
            ledger.getCollection("events").insertOne(new Document("_id", 1));

            assertThat(countsInACopy("copy")).containsExactly(1L, 0L);
        });
    }

    /**
     * The event store's pattern with a lazily committed counter: reserve an index (the counter, lazy), then insert the
     * commit that uses it (durable). Whatever moment a kill -9 strikes, the file holds a counter at or above every
     * stored index, so no index is ever handed out twice after a restart.
     */
    @Test
    void aLazyCounterIsNeverBehindAnIndexStoredAfterIt() throws Exception {
        onALiveStore(Duration.ofHours(1), "counters", (database, views, backend) -> {
            MongoCollection<Document> counters = database.getCollection("counters");
            MongoCollection<Document> commits = database.getCollection("commits");
            counters.insertOne(new Document("_id", "globalIndex").append("value", 0L));
            ExecutorService writer = Executors.newSingleThreadExecutor();
            try {
                Future<?> writing = writer.submit(() -> {
                    for (long index = 1; index <= 400; index++) {
                        counters.updateOne(Filters.eq("_id", "globalIndex"), Updates.set("value", index));
                        commits.insertOne(new Document("_id", index));
                    }
                });
                int copies = 0;
                while (!writing.isDone()) {
                    assertCounterCoversEveryCommit("copy-" + copies++);
                }
                writing.get();
                assertCounterCoversEveryCommit("last");
                assertThat(copies).isPositive();
            } finally {
                writer.shutdownNow();
            }
        });
    }

    /**
     * A live store's audit entries in its append-only file, and after them the audit's token in the views' file: a
     * views commit stores both, and nothing stores the token alone.
     */
    @Test
    void aTokenReachesItsFileOnlyWithTheAppendOnlyViewItCovers() throws Exception {
        onALiveStore(Duration.ofHours(1), "none", (ledger, views, backend) -> {
            views.getCollection(AuditLog.ENTRIES).insertOne(new Document("_id", "block-0"));
            views.getCollection(TOKENS).insertOne(new Document("_id", "auditLog").append("position", 64));

            assertThat(viewCountsInACopy("before")).containsExactly(0L, 0L);

            backend.commitViews();

            assertThat(viewCountsInACopy("after")).containsExactly(1L, 1L);
        });
    }

    @Test
    void anAppendOnlyViewIsCommittedWithinItsOwnIntervalWithoutTheViews() throws Exception {
        Duration hour = Duration.ofHours(1);
        onALiveStore(new DurableH2Backend.Intervals(hour, hour, Duration.ofMillis(50)), "none", (ledger, views, backend) -> {
            MongoCollection<Document> blocks = views.getCollection(AuditLog.ENTRIES);
            blocks.insertOne(new Document("_id", "block-0"));
            // The collection's name is listed in the views' file, as it is once its first batch is committed there.
            backend.commitViews();
            views.getCollection(TOKENS).insertOne(new Document("_id", "auditLog").append("position", 64));
            blocks.insertOne(new Document("_id", "block-1"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            int copy = 0;
            while (viewCountsInACopy("copy-" + copy++).get(0) < 2L && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(viewCountsInACopy("last")).containsExactly(2L, 0L);
        });
    }

    /**
     * A rebuild sets its view's token back to the start, then drops the view's collections. Were the drop stored in the
     * append-only file while the views' file still held the old token, the view would restart empty from that token:
     * every entry before it lost. A drop there commits the views first.
     */
    @Test
    void aDropOfAnAppendOnlyViewIsNeverStoredWithTheTokenFromBeforeIt() throws Exception {
        onALiveStore(Duration.ofHours(1), "none", (ledger, views, backend) -> {
            MongoCollection<Document> tokens = views.getCollection(TOKENS);
            views.getCollection(AuditLog.ENTRIES).insertOne(new Document("_id", "block-0"));
            tokens.insertOne(new Document("_id", "auditLog").append("position", 64));
            backend.commitViews();

            tokens.replaceOne(Filters.eq("_id", "auditLog"), new Document("_id", "auditLog").append("position", 0));
            views.getCollection(AuditLog.ENTRIES).drop();
            backend.commitAppendOnly();

            try (MongoEndpoint copy = copyOfTheLiveFiles("after-the-drop")) {
                MongoDatabase copied = copy.client().getDatabase(DurableH2Backend.VIEWS_DATABASE);
                assertThat(copied.getCollection(AuditLog.ENTRIES).countDocuments()).isZero();
                assertThat(copied.getCollection(TOKENS).find().first()).containsEntry("position", 0);
            }
        });
    }

    /** A store written before the audit's collections had a file of their own: moved there on start, whole. */
    @Test
    void anAppendOnlyCollectionFoundInTheViewsFileIsMovedToItsOwnFile() throws Exception {
        anOlderStoreWithThreeAuditBlocks();

        for (int start = 1; start <= 2; start++) {
            try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
                MongoCollection<Document> blocks = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE)
                                                           .getCollection(AuditLog.ENTRIES);
                assertThat(blocks.countDocuments()).as("start %d", start).isEqualTo(3);
                assertThatThrownBy(() -> blocks.insertOne(new Document("_id", "block-9").append("first", 128)))
                        .isInstanceOfSatisfying(MongoWriteException.class, DurableH2BackendTest::isDuplicateKey);
            }
        }
        MVStore views = new MVStore.Builder().fileName(dir.resolve(DurableH2Backend.VIEWS_FILE_NAME).toString())
                                             .readOnly().open();
        try {
            assertThat(views.getMapNames()).noneMatch(name -> name.contains(AuditLog.ENTRIES));
        } finally {
            views.close();
        }
    }

    /**
     * A tool that opens a store (as the benchmarks' {@code StoreMultiplier} does, through the public {@code open}) keeps
     * the audit in the file the node will look in: it pairs the files, so the node moves nothing after it.
     */
    @Test
    void anOlderStoreOpenedFirstByAToolKeepsItsAuditForTheNode() throws Exception {
        anOlderStoreWithThreeAuditBlocks();
        DurableH2Backend.open(dir.resolve(MongoEndpoint.H2_FILE_NAME), false).close();

        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            assertThat(endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE).getCollection(AuditLog.ENTRIES)
                               .countDocuments()).isEqualTo(3);
        }
    }

    /**
     * Without its append-only file the views' file would say the audit is built to its token while its entries are
     * gone: both are set aside, and every view starts empty (then rebuilt from the events).
     */
    @Test
    void aViewsFileWithoutTheAppendOnlyFileItWasWrittenWithIsSetAside() throws Exception {
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoDatabase views = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE);
            views.getCollection(AuditLog.ENTRIES).insertOne(new Document("_id", "block-0"));
            views.getCollection(TOKENS).insertOne(new Document("_id", "auditLog").append("position", 64));
            endpoint.client().getDatabase("thidua").getCollection("events").insertOne(new Document("_id", 1));
        }
        Files.delete(dir.resolve(DurableH2Backend.APPEND_ONLY_FILE_NAME));

        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoCollection<Document> tokens = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE)
                                                       .getCollection(TOKENS);
            assertThat(tokens.countDocuments()).isZero();
            assertThat(endpoint.client().getDatabase("thidua").getCollection("events").countDocuments()).isOne();
            tokens.insertOne(new Document("_id", "auditLog").append("position", 0));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith(DurableH2Backend.VIEWS_FILE_NAME + ".unpaired-"));
        }
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoDatabase views = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE);
            assertThat(views.getCollection(TOKENS).countDocuments()).as("the new pair, kept").isOne();
        }
    }

    /** Dropping the views database drops the append-only collections too: nothing of them is left in their file. */
    @Test
    void droppingTheViewsDatabaseEmptiesBothItsFiles() {
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoDatabase views = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE);
            views.getCollection(AuditLog.ENTRIES).insertOne(new Document("_id", "block-0"));
            views.getCollection(TOKENS).insertOne(new Document("_id", "auditLog").append("position", 64));
            views.drop();
        }
        for (String file : List.of(DurableH2Backend.VIEWS_FILE_NAME, DurableH2Backend.APPEND_ONLY_FILE_NAME)) {
            MVStore store = new MVStore.Builder().fileName(dir.resolve(file).toString()).readOnly().open();
            try {
                assertThat(store.getMapNames()).as(file)
                        .noneMatch(name -> StoreFile.belongsTo(name, DurableH2Backend.VIEWS_DATABASE));
            } finally {
                store.close();
            }
        }
    }

    /**
     * A rebuild drops its view's collections: every map of a dropped collection (data, sizes, unique indexes) leaves
     * the file that held it, the append-only file for an audit collection, and the collections beside it keep theirs.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {AuditLog.ENTRIES, "views"})
    void droppingACollectionLeavesNoneOfItsMapsInItsFile(String dropped) {
        String kept = dropped.equals(AuditLog.ENTRIES) ? AuditLog.POSTINGS : "viewsKept";
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoDatabase views = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE);
            for (String name : List.of(dropped, kept)) {
                views.getCollection(name).createIndex(Indexes.ascending("first"), new IndexOptions().unique(true));
                views.getCollection(name).insertOne(new Document("_id", "block-0").append("first", 0));
            }
            views.getCollection(dropped).drop();
        }
        String file = dropped.equals(AuditLog.ENTRIES) ? DurableH2Backend.APPEND_ONLY_FILE_NAME
                : DurableH2Backend.VIEWS_FILE_NAME;
        MVStore store = new MVStore.Builder().fileName(dir.resolve(file).toString()).readOnly().open();
        try {
            String prefix = DurableH2Backend.VIEWS_DATABASE + ".";
            assertThat(store.getMapNames()).as(file)
                    .noneMatch(name -> StoreFile.belongsToCollection(name, prefix + dropped))
                    .anyMatch(name -> name.equals(StoreFile.dataMapName(prefix + kept)))
                    .anyMatch(name -> StoreFile.belongsToCollection(name, prefix + kept)
                            && !name.equals(StoreFile.dataMapName(prefix + kept))
                            && !name.equals(StoreFile.metaMapName(prefix + kept)));
        } finally {
            store.close();
        }
    }

    /** An append-only collection's maps live in the other file: renaming it, or to its name, is refused. */
    @Test
    void anAppendOnlyCollectionIsNeitherRenamedNorRenamedTo() {
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoDatabase views = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE);
            views.getCollection(AuditLog.ENTRIES).insertOne(new Document("_id", "block-0"));
            views.getCollection("other").insertOne(new Document("_id", "x"));

            assertThatThrownBy(() -> views.getCollection(AuditLog.ENTRIES).renameCollection(
                    new MongoNamespace(DurableH2Backend.VIEWS_DATABASE, "renamed")))
                    .isInstanceOf(MongoException.class);
            assertThatThrownBy(() -> views.getCollection("other").renameCollection(
                    new MongoNamespace(DurableH2Backend.VIEWS_DATABASE, AuditLog.POSTINGS)))
                    .isInstanceOf(MongoException.class);
            assertThat(views.getCollection(AuditLog.ENTRIES).countDocuments()).isOne();
        }
    }

    /**
     * MongoDB answers ok to a drop of a collection that does not exist since 7.0 (SERVER-43894); mongo-java-server
     * answers "ns not found" and logs it as an error with its stack trace, on every rebuild of a view never written.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"thidua.neverWritten", DurableH2Backend.VIEWS_DATABASE + ".neverWritten",
                            DurableH2Backend.VIEWS_DATABASE + "." + AuditLog.ENTRIES})
    void aDropOfACollectionThatDoesNotExistIsAnsweredOk(String namespace) {
        MongoNamespace dropped = new MongoNamespace(namespace);
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoDatabase database = endpoint.client().getDatabase(dropped.getDatabaseName());
            Document reply = database.runCommand(new Document("drop", dropped.getCollectionName()));
            assertThat(reply.get("ok", Number.class).doubleValue()).isEqualTo(1.0);
            assertThat(database.listCollectionNames()).doesNotContain(dropped.getCollectionName());
        }
    }

    @Test
    void theLedgersFileGetsThePageCacheAskedForAndTheViewsFilesH2sDefault() throws Exception {
        Path file = dir.resolve(MongoEndpoint.H2_FILE_NAME);
        DurableH2Backend backend = DurableH2Backend.open(file, DurableH2Backend.VIEWS_DATABASE, false,
                                                         Duration.ofSeconds(1), Set.of(), 48);
        try {
            assertThat(backend.ledgerCacheMegabytes()).isEqualTo(48);
        } finally {
            backend.close();
        }
        for (String viewsFile : List.of(DurableH2Backend.VIEWS_FILE_NAME, DurableH2Backend.APPEND_ONLY_FILE_NAME)) {
            MVStore views = StoreFile.open(dir.resolve(viewsFile));
            assertThat(views.getCacheSize()).isEqualTo(StoreFile.H2_DEFAULT_CACHE_MB);
            views.close();
        }
    }

    /** A store as a version before the append-only file left it: three audit blocks in the views' file. */
    private void anOlderStoreWithThreeAuditBlocks() throws Exception {
        Path file = dir.resolve(MongoEndpoint.H2_FILE_NAME);
        DurableH2Backend before = DurableH2Backend.open(file, DurableH2Backend.VIEWS_DATABASE, false,
                                                        Duration.ofSeconds(1), Set.of(), StoreFile.H2_DEFAULT_CACHE_MB);
        MongoServer server = new MongoServer(before);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            MongoCollection<Document> blocks = client.getDatabase(DurableH2Backend.VIEWS_DATABASE)
                                                     .getCollection(AuditLog.ENTRIES);
            blocks.createIndex(Indexes.ascending("first"), new IndexOptions().unique(true));
            for (int block = 0; block < 3; block++) {
                blocks.insertOne(new Document("_id", "block-" + block).append("first", block * 64));
            }
        } finally {
            server.shutdown();
        }
        // as that version left it: no append-only file, nothing paired with one
        Files.delete(dir.resolve(DurableH2Backend.APPEND_ONLY_FILE_NAME));
        MVStore older = MVStore.open(dir.resolve(DurableH2Backend.VIEWS_FILE_NAME).toString());
        older.<String, String>openMap(StoreFile.FORMAT_MAP).remove(StoreFile.PAIR);
        older.close();
    }

    private void onALiveStore(Duration commitInterval, String lazy, LiveWork work) throws Exception {
        onALiveStore(new DurableH2Backend.Intervals(commitInterval, commitInterval, commitInterval), lazy, work);
    }

    /**
     * Work on a live H2 store in {@code dir/live} whose ledger's {@code lazy} collection commits lazily, with the
     * application's append-only views; lazy writes, the views and the append-only views are committed on their own
     * at {@code intervals}.
     */
    private void onALiveStore(DurableH2Backend.Intervals intervals, String lazy, LiveWork work) throws Exception {
        Path live = Files.createDirectories(dir.resolve("live"));
        DurableH2Backend backend = DurableH2Backend.open(live.resolve(MongoEndpoint.H2_FILE_NAME),
                                                         DurableH2Backend.VIEWS_DATABASE, false, intervals,
                                                         MongoEndpoint.APPEND_ONLY_VIEWS,
                                                         StoreFile.H2_DEFAULT_CACHE_MB);
        backend.commitLazily(Set.of(lazy));
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            work.on(client.getDatabase("thidua"), client.getDatabase(DurableH2Backend.VIEWS_DATABASE), backend);
        } finally {
            server.shutdown();
        }
    }

    @FunctionalInterface
    private interface LiveWork {
        void on(MongoDatabase ledger, MongoDatabase views, DurableH2Backend backend) throws Exception;
    }

    /**
     * What a kill -9 would leave now: a copy of the live files, opened anew. The views' file is copied first, then the
     * append-only views', then the ledger's, so no copy is older than one before it (a kill stops all at one instant).
     */
    private MongoEndpoint copyOfTheLiveFiles(String name) throws Exception {
        Path copy = Files.createDirectories(dir.resolve(name));
        for (String file : List.of(DurableH2Backend.VIEWS_FILE_NAME, DurableH2Backend.APPEND_ONLY_FILE_NAME,
                                   MongoEndpoint.H2_FILE_NAME)) {
            Path source = dir.resolve("live").resolve(file);
            if (Files.exists(source)) {
                Files.copy(source, copy.resolve(file));
            }
        }
        return MongoEndpoint.embedded(H2_NO_FSYNC, copy);
    }

    private void assertCounterCoversEveryCommit(String name) throws Exception {
        try (MongoEndpoint endpoint = copyOfTheLiveFiles(name)) {
            var database = endpoint.client().getDatabase("thidua");
            Document counter = database.getCollection("counters").find(Filters.eq("_id", "globalIndex")).first();
            long highest = database.getCollection("commits").find().into(new ArrayList<>()).stream()
                                   .mapToLong(commit -> commit.get("_id", Number.class).longValue()).max().orElse(0);
            long value = counter == null ? 0 : counter.get("value", Number.class).longValue();
            assertThat(value).as("counter in %s", name).isGreaterThanOrEqualTo(highest);
        }
    }

    /** The audit's blocks and the tokens in what a kill -9 would leave now. */
    private List<Long> viewCountsInACopy(String name) throws Exception {
        try (MongoEndpoint endpoint = copyOfTheLiveFiles(name)) {
            MongoDatabase views = endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE);
            return List.of(views.getCollection(AuditLog.ENTRIES).countDocuments(),
                           views.getCollection(TOKENS).countDocuments());
        }
    }

    /** The events in the ledger and the documents of the view in what a kill -9 would leave now. */
    private List<Long> countsInACopy(String name) throws Exception {
        try (MongoEndpoint endpoint = copyOfTheLiveFiles(name)) {
            return List.of(endpoint.client().getDatabase("thidua").getCollection("events").countDocuments(),
                           endpoint.client().getDatabase(DurableH2Backend.VIEWS_DATABASE).getCollection("views")
                                   .countDocuments());
        }
    }


    @Test
    void documentsAndKeysComeBackAsTheyWereStored() {
        Document stored = new Document("_id", new ObjectId())
                .append("int", 42).append("long", 1L << 40).append("double", 0.5)
                .append("decimal", new Decimal128(new BigDecimal("12.50")))
                .append("text", "Vụ Hợp tác quốc tế").append("flag", true).append("nothing", null)
                .append("when", java.util.Date.from(Instant.parse("2022-12-09T03:00:00.123Z")))
                .append("uuid", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("bytes", new Binary(new byte[] {1, 2, 3}))
                .append("nested", new Document("titles", List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER")));
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoCollection<Document> probes = endpoint.client().getDatabase("thidua").getCollection("probes");
            probes.createIndex(Indexes.ascending("nested.titles", "text"), new IndexOptions().unique(true));
            probes.insertOne(stored);
            probes.insertOne(new Document("_id", 7L).append("text", "b"));
            probes.insertOne(new Document("_id", "btp-cum-iv-2023").append("text", "c"));
        }
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoCollection<Document> probes = endpoint.client().getDatabase("thidua").getCollection("probes");
            assertThat(probes.find(Filters.eq("_id", stored.get("_id"))).first()).isEqualTo(stored);
            assertThat(probes.find(Filters.eq("_id", 7)).first()).containsEntry("text", "b"); // 7 (int) finds 7L
            assertThat(probes.find(Filters.in("_id", List.of("btp-cum-iv-2023", 7L))).into(new ArrayList<>()))
                    .hasSize(2);
            assertThatThrownBy(() -> probes.insertOne(new Document("nested", stored.get("nested"))
                    .append("text", "Vụ Hợp tác quốc tế")))
                    .isInstanceOfSatisfying(MongoWriteException.class, DurableH2BackendTest::isDuplicateKey);
        }
    }

    @Test
    void aStoreWrittenWithJavaSerializationIsMigratedOnStartAndKeptAsBackup() throws Exception {
        Path file = dir.resolve(MongoEndpoint.H2_FILE_NAME);
        withStockBackend(file, pledges -> {
            pledges.createIndex(Indexes.ascending("registrantId"), new IndexOptions().unique(true));
            pledges.insertOne(new Document("_id", 1L).append("registrantId", "vu-htqt").append("staff", 4));
            pledges.insertOne(new Document("_id", new ObjectId()).append("registrantId", "vu-htqt-cc-1"));
            return null;
        });

        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            MongoCollection<Document> pledges = endpoint.client().getDatabase("thidua").getCollection("pledges");
            assertThat(pledges.find(Filters.eq("_id", 1L)).first()).containsEntry("staff", 4);
            assertThat(pledges.find(Filters.eq("registrantId", "vu-htqt-cc-1")).first()).isNotNull();
            assertThatThrownBy(() -> pledges.insertOne(new Document("registrantId", "vu-htqt")))
                    .isInstanceOfSatisfying(MongoWriteException.class, DurableH2BackendTest::isDuplicateKey);
            pledges.insertOne(new Document("_id", 2L).append("registrantId", "tong-cuc-thads"));
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .anyMatch(name -> name.startsWith(MongoEndpoint.H2_FILE_NAME + ".java-serialized-"))
                    .noneMatch(name -> name.endsWith(".migrating"));
        }
        try (MongoEndpoint endpoint = MongoEndpoint.embedded(H2_NO_FSYNC, dir)) {
            assertThat(endpoint.client().getDatabase("thidua").getCollection("pledges").countDocuments()).isEqualTo(3);
        }
    }

    @Test
    void aStoreOfAFormatThisVersionDoesNotKnowIsRefused() {
        Path file = dir.resolve(MongoEndpoint.H2_FILE_NAME);
        MVStore store = MVStore.open(file.toString());
        store.<String, String>openMap(StoreFile.FORMAT_MAP).put("format", "bson-99");
        store.close();

        assertThatThrownBy(() -> MongoEndpoint.embedded(H2_NO_FSYNC, dir))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("format 'bson-99'").hasMessageContaining("cannot read");
    }

    private static <T> T withStockBackend(Path file, CollectionWork<T> work) throws Exception {
        H2Backend backend = new H2Backend(file.toString());
        MongoServer server = new MongoServer(backend);
        try (MongoClient client = MongoClients.create(server.bindAndGetConnectionString())) {
            return work.call(client.getDatabase("thidua").getCollection("pledges"));
        } finally {
            server.shutdown();
        }
    }

    @FunctionalInterface
    private interface CollectionWork<T> {
        T call(MongoCollection<Document> collection) throws Exception;
    }

    /** By the server's error code, as the application recognises a duplicate key, not by its message. */
    private static void isDuplicateKey(MongoWriteException e) {
        assertThat(e.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY);
    }
}
