package vn.thidua.ledger.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.bson.Document;

import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import vn.thidua.ledger.events.common.MetaDataKeys;

/**
 * Prints the event store's rates next to the raw driver's on the same embedded server, at 10k and at
 * 100k stored events: append with 1 and 4 writers, replay of the whole stream (the median of {@value #REPLAYS}),
 * single-document insert and {@code $in}-window read of the very same commit documents. Run:
 * {@code ./mvnw -q -pl benchmarks -am verify -Pbenchmark} (add {@code -Dbenchmark.args=memory} for the
 * memory backend, {@code durable} or {@code durable-fsync} for the application's own H2 backend, see
 * {@link #durableBackend}). Figures, not assertions: see docs/benchmarks.md. The end-to-end benchmark takes its
 * reference rates from {@link #measure(String, int...)}.
 */
public final class EventStoreBenchmark {

    public static final String APPEND_1_WRITER = "append, 1 writer (events/s)";
    public static final String APPEND_4_WRITERS = "append, 4 writers (events/s)";
    public static final String RAW_INSERT = "raw insertOne, same documents (docs/s)";
    public static final String REPLAY = "replay, tracked stream (events/s)";
    public static final String RAW_READ = "raw $in window read (docs/s)";

    private static final int MEASURED_APPENDS = 2_000;
    private static final int WRITERS = 4;
    private static final int WINDOW = 100;
    private static final int[] SIZES = {10_000, 100_000};
    private static final int WARM_UP = 3_000;
    /** Replays of the whole stream per size; the median is reported. */
    private static final int REPLAYS = 3;

    /** An event shaped like the domain's: a reviewer's adjustment of one unit's score on one criterion. */
    record ScoreAdjusted(String campaignId, String unitId, String unitName, String criterionId,
                         BigDecimal points, String reason, String reviewer) {
    }

    private final BenchmarkEventStore engine;
    private final MongoCollection<Document> commits;
    private final MongoCollection<Document> raw;
    private final AtomicLong aggregates = new AtomicLong();

    private EventStoreBenchmark(MongoDatabase database) {
        this.engine = new BenchmarkEventStore(database, WINDOW);
        this.commits = database.getCollection(BenchmarkEventStore.COMMITS_COLLECTION);
        this.raw = database.getCollection("benchmarkRawCommits");
    }

    public static void main(String[] args) throws Exception {
        String backendName = args.length > 0 && !args[0].isBlank() ? args[0] : "h2";
        print(measure(backendName, defaultLedgerCacheMegabytes(), SIZES));
    }

    /**
     * Fills a fresh store on its own embedded server ({@code h2} file backend in a temp dir, or {@code memory}) to
     * each size in turn and measures there, after a warm-up; returns the rates per size. The durable backend's
     * ledger file gets a page cache of {@code ledgerCacheMegabytes}: the end-to-end benchmark's ledger's, so that the
     * reference is the store the application runs on.
     */
    public static Map<Integer, Map<String, Double>> measure(String backendName, int ledgerCacheMegabytes, int... sizes)
            throws Exception {
        Path dir = Files.createTempDirectory("thidua-benchmark");
        Path file = dir.resolve("bench.mv");
        MongoBackend backend = switch (backendName) {
            case "memory" -> new MemoryBackend();
            case "durable" -> durableBackend(file, false, ledgerCacheMegabytes);
            case "durable-fsync" -> durableBackend(file, true, ledgerCacheMegabytes);
            default -> new H2Backend(file.toString());
        };
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            System.out.printf("Thi Đua Ledger event store benchmark: backend=%s, java=%s, cores=%d, max heap=%d MiB,"
                              + " ledger page cache %d MB%n", backendName, System.getProperty("java.version"),
                              Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                              ledgerCacheMegabytes);
            return new EventStoreBenchmark(client.getDatabase("benchmark")).run(sizes);
        } finally {
            server.shutdownNow();
            backend.close();
            if (Files.exists(file)) {
                System.out.printf("store file: %d MiB%n", Files.size(file) >> 20);
            }
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * The application's durable H2 backend ({@code vn.thidua.ledger.app.mongo.DurableH2Backend}), loaded from
     * {@code app/target/classes}: {@code app} is a Spring Boot fat jar, which cannot be a dependency. Build it
     * first ({@code ./mvnw -q -o -pl app -am compile}). Also what {@code StoreMultiplier} grows the app's store with.
     * Those classes see this module's class path, not the app's: a library the app's store comes to use must be a
     * dependency here too, or the reference fails with {@code NoClassDefFoundError} at the end of a long run.
     */
    public static MongoBackend durableBackend(Path file, boolean fsync) throws Exception {
        return durableBackend(file, fsync, defaultLedgerCacheMegabytes());
    }

    /** As {@link #durableBackend(Path, boolean)}, with a page cache of {@code ledgerCacheMegabytes} for the ledger. */
    public static MongoBackend durableBackend(Path file, boolean fsync, int ledgerCacheMegabytes) throws Exception {
        return (MongoBackend) durableBackendClass().getMethod("open", Path.class, boolean.class, int.class)
                                                   .invoke(null, file, fsync, ledgerCacheMegabytes);
    }

    /** The application's default page cache of the ledger's file, in MB. */
    public static int defaultLedgerCacheMegabytes() throws Exception {
        return durableBackendClass().getField("DEFAULT_LEDGER_CACHE_MB").getInt(null);
    }

    private static Class<?> durableBackendClass() throws Exception {
        Path classes = Path.of(System.getProperty("benchmark.appClasses", "../app/target/classes"));
        ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                                                EventStoreBenchmark.class.getClassLoader());
        return loader.loadClass("vn.thidua.ledger.app.mongo.DurableH2Backend");
    }

    private Map<Integer, Map<String, Double>> run(int... sizes) throws Exception {
        Map<Integer, Map<String, Double>> results = new LinkedHashMap<>();
        System.out.println("warming up (figures discarded) ...");
        fillTo(WARM_UP);
        measure();
        for (int size : Arrays.stream(sizes).sorted().toArray()) {
            System.out.printf("filling to %d events and measuring ...%n", size);
            fillTo(size);
            results.put(size, measure());
        }
        return results;
    }

    private Map<String, Double> measure() throws Exception {
        Map<String, Double> rates = new LinkedHashMap<>();
        long before = engine.headIndex();
        rates.put(APPEND_1_WRITER, timed(MEASURED_APPENDS, () -> write(MEASURED_APPENDS)));
        List<Document> measuredDocuments = commitsBetween(before + 1, before + MEASURED_APPENDS);
        rates.put(APPEND_4_WRITERS, timed(MEASURED_APPENDS, () -> parallel(MEASURED_APPENDS / WRITERS)));
        mirrorAllBut(measuredDocuments);
        rates.put(RAW_INSERT,
                  timed(measuredDocuments.size(), () -> measuredDocuments.forEach(raw::insertOne)));
        long head = engine.headIndex();
        rates.put(REPLAY, median(REPLAYS, () -> timed(head, this::replay)));
        rates.put(RAW_READ, timed(head, () -> rawRead(head)));
        return rates;
    }

    private void fillTo(long size) throws Exception {
        long missing = size - engine.headIndex();
        if (missing > 0) {
            parallel((int) (missing / WRITERS));
            write((int) (missing % WRITERS));
        }
    }

    private void parallel(int perWriter) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            writers.add(pool.submit(() -> write(perWriter)));
        }
        for (Future<?> writer : writers) {
            writer.get();
        }
        pool.shutdown();
    }

    /** Appends single-event commits to a fresh aggregate, one command after another, as a writer does. */
    private void write(int events) {
        String aggregateId = "scorecard-" + aggregates.incrementAndGet();
        for (int i = 0; i < events; i++) {
            engine.append(List.of(new GenericDomainEventMessage<>(
                    "Campaign", aggregateId, i,
                    new ScoreAdjusted("cum-iv-2022", "vu-htqt", "Vụ Hợp tác quốc tế", "C" + (i % 12),
                                      BigDecimal.valueOf(i % 10, 1), "Điều chỉnh sau thẩm định (minh họa)",
                                      "thu-ky"),
                    MetaData.with(MetaDataKeys.PRINCIPAL, "thu-ky").and(MetaDataKeys.REASON, "benchmark"))));
        }
    }

    private void replay() {
        long count = engine.readAll().peek(event -> event.getPayload()).count();
        if (count != engine.headIndex()) {
            throw new IllegalStateException("replay saw " + count + " events of " + engine.headIndex());
        }
    }

    private void rawRead(long head) {
        long read = 0;
        for (long from = 1; from <= head; from += WINDOW) {
            List<Long> ids = new ArrayList<>(WINDOW);
            for (long id = from; id < from + WINDOW; id++) {
                ids.add(id);
            }
            for (Document ignored : raw.find(Filters.in("_id", ids))) {
                read++;
            }
        }
        if (read != head) {
            throw new IllegalStateException("raw read saw " + read + " documents of " + head);
        }
    }

    private List<Document> commitsBetween(long from, long to) {
        List<Long> ids = new ArrayList<>();
        for (long id = from; id <= to; id++) {
            ids.add(id);
        }
        return commits.find(Filters.in("_id", ids)).into(new ArrayList<>());
    }

    /** Copies into the raw collection every commit it lacks except those its timed inserts will write. */
    private void mirrorAllBut(List<Document> timed) {
        long have = raw.countDocuments();
        List<Long> skip = timed.stream().map(d -> d.get("_id", Number.class).longValue()).toList();
        List<Document> batch = new ArrayList<>();
        for (long from = have + 1; from <= engine.headIndex(); from += WINDOW) {
            for (Document document : commitsBetween(from, Math.min(engine.headIndex(), from + WINDOW - 1))) {
                if (!skip.contains(document.get("_id", Number.class).longValue())
                        && raw.find(Filters.eq("_id", document.get("_id"))).first() == null) {
                    batch.add(document);
                }
            }
            if (batch.size() >= 1_000) {
                raw.insertMany(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            raw.insertMany(batch);
        }
    }

    /**
     * The median of {@code times} measurements: a single replay's rate spreads by a quarter from one to the next on a
     * 2-core machine, and the end-to-end benchmark compares the views' rebuilds, medians too, with it.
     */
    private static double median(int times, ThrowingRate rate) throws Exception {
        double[] rates = new double[times];
        for (int i = 0; i < times; i++) {
            rates[i] = rate.measure();
        }
        Arrays.sort(rates);
        return rates[(times - 1) / 2];
    }

    @FunctionalInterface
    private interface ThrowingRate {
        double measure() throws Exception;
    }

    private static double timed(long operations, ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return operations / ((System.nanoTime() - start) / 1e9);
    }

    private static void print(Map<Integer, Map<String, Double>> results) {
        Map<String, Double> small = results.get(SIZES[0]);
        Map<String, Double> large = results.get(SIZES[1]);
        System.out.printf("%n%-42s %12s %12s %14s%n", "rate", "at 10k", "at 100k", "100k / 10k");
        for (String name : small.keySet()) {
            System.out.printf("%-42s %12.0f %12.0f %14.2f%n", name, small.get(name), large.get(name),
                              large.get(name) / small.get(name));
        }
        for (int size : SIZES) {
            Map<String, Double> r = results.get(size);
            System.out.printf("%nat %dk: append (1 writer) / raw insertOne = %.2f (target >= 0.30); "
                              + "replay / raw $in read = %.2f (target >= 0.25)%n", size / 1000,
                              r.get(APPEND_1_WRITER) / r.get(RAW_INSERT),
                              r.get(REPLAY) / r.get(RAW_READ));
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
