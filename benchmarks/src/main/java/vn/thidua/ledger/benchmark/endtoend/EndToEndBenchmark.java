package vn.thidua.ledger.benchmark.endtoend;

import vn.thidua.ledger.benchmark.EventStoreBenchmark;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The ledger end to end: the packaged application as a child process on a fresh embedded store, driven over HTTP by
 * concurrent clients through realistic emulation years, and the event store's own rates as the reference.
 * Run and read: docs/benchmarks.md. Arguments are {@code key=value} words:
 * <ul>
 * <li>{@code mode=year} (default): one emulation year per size in {@code sizes} (default {@code 2000,5000}; each year
 *     adds the events up to its size, in its own cluster), measured after each: commands/s, view lag and catch-up,
 *     as-of and public ranking latency, the public ranking under load (every client at once for
 *     {@code load-seconds}, default 15, after {@code load-warm-up-seconds}, default 10), every view's rebuild
 *     rate ({@code rebuilds} rounds, default 4, the median of those after the first compared: {@link RebuildRounds}); then the store's reference rates at the
 *     same sizes and the ratios to the targets;</li>
 * <li>{@code mode=rebuild}: one year of {@code template} events (default 5000) through HTTP, copied by
 *     {@link StoreMultiplier} straight into the store up to {@code events} (default 1000000), then the application
 *     restarted on that store and all views rebuilt at once ({@code rebuild-cap-minutes}, default 360);
 *     {@code data=<dir>} keeps the store there and, if it exists already, reuses it (no template year);</li>
 * <li>{@code clients=4 units=24 council=5 cap-minutes=15 samples=50 heap=3g reference=true
 *     jar=app/target/thidua-ledger.jar keep-data=false}; {@code ledger-cache-mb=<n>} sets the ledger file's page
 *     cache, the ledger's and the reference's (default: the application's); {@code ledger-jvm=<options>} adds JVM
 *     options to the ledger's command line (several separated by {@code ,-}); a collector among them replaces the
 *     recommended one ({@link LedgerProcess}).</li>
 * </ul>
 */
public final class EndToEndBenchmark {

    private static final String DATABASE = "thidua";
    private static final String H2_FILE = "thidua-ledger.mv";

    private final Map<String, String> options;
    private final int clients;
    private final int units;
    private final Duration cap;
    private final int year = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue();

    private EndToEndBenchmark(Map<String, String> options) {
        this.options = options;
        this.clients = Integer.parseInt(option("clients", "4"));
        this.units = Integer.parseInt(option("units", "24"));
        this.cap = Duration.ofMinutes(Long.parseLong(option("cap-minutes", "15")));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        Arrays.stream(String.join(" ", args).trim().split("\\s+")).filter(word -> word.contains("="))
              .forEach(word -> options.put(word.substring(0, word.indexOf('=')), word.substring(word.indexOf('=') + 1)));
        EndToEndBenchmark benchmark = new EndToEndBenchmark(options);
        System.out.printf("Thi Đua Ledger end-to-end benchmark %s: java=%s, cores=%d, options=%s%n", Instant.now(),
                          System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), options);
        if ("rebuild".equals(benchmark.option("mode", "year"))) {
            benchmark.rebuildLargeStore();
        } else {
            benchmark.years();
        }
        System.exit(0); // the JDK HTTP clients' selector threads would keep the JVM alive a while
    }

    private void years() throws Exception {
        int[] sizes = Arrays.stream(option("sizes", "2000,5000").split(",")).mapToInt(Integer::parseInt).sorted().toArray();
        List<String> clusters = IntStream.rangeClosed(1, sizes.length).mapToObj(EndToEndBenchmark::clusterId).toList();
        Path dataDir = Files.createTempDirectory("thidua-e2e");
        List<StageResult> results = new ArrayList<>();
        try (LedgerProcess ledger = start(dataDir, clusters)) {
            Authentication authentication = authentication(ledger);
            try (Clients pool = new Clients(clients, ledger.baseUri(), authentication)) {
                Views views = new Views(pool.any());
                for (int stage = 0; stage < sizes.length; stage++) {
                    results.add(stage(pool, views, clusters.get(stage), sizes[stage]));
                }
            }
        }
        Map<Integer, Map<String, Double>> reference = reference(results.stream().mapToInt(r -> (int) r.head()).toArray());
        Report.years(results, reference, clients);
        cleanUp(dataDir);
    }

    private StageResult stage(Clients pool, Views views, String clusterId, int size) throws Exception {
        long startHead = views.head();
        System.out.printf("%nyear of cluster %s: from %d events up to about %d%n", clusterId, startHead, size);
        EmulationYearWorkload workload = new EmulationYearWorkload(clusterId, year, units,
                BenchmarkUsers.councilMembers(council()), size - startHead);
        Clients.Outcome writes = pool.run(workload.phases(), System.nanoTime() + cap.toNanos());
        Map<String, Long> lags = views.lags();
        Map<String, Double> catchUp = views.awaitCaughtUp(cap);
        long head = views.head();
        LedgerClient client = pool.any();
        int samples = Integer.parseInt(option("samples", "50"));
        long middle = (startHead + head) / 2;
        System.out.println("  measuring as-of and public ranking reads ...");
        Latencies asOf = Latencies.of(client, BenchmarkUsers.SECRETARIAT,
                "/api/campaigns/" + workload.campaignId() + "/ranking/draft?asOf=" + middle, samples);
        String publicPath = "/api/public/campaigns/" + workload.campaignId() + "/ranking";
        Latencies publicRanking = Latencies.of(client, null, publicPath, samples * 2);
        System.out.printf("  the public ranking under load (%d clients) ...%n", clients);
        ReadLoad publicLoad = ReadLoad.of(pool, publicPath, Duration.ofSeconds(seconds("load-warm-up-seconds", "10")),
                                          Duration.ofSeconds(seconds("load-seconds", "15")));
        List<List<Views.Rebuild>> rounds = new ArrayList<>();
        for (int round = 1; round <= Integer.parseInt(option("rebuilds", "4")); round++) {
            rounds.add(rebuildEach(views, round));
        }
        StageResult result = new StageResult(clusterId, startHead, head, middle, writes, lags, catchUp, asOf,
                                             publicRanking, publicLoad, new RebuildRounds(rounds));
        Report.stage(result, clients);
        return result;
    }

    /** Item 7: a large store made fast, then a full rebuild of every view by the application started on it. */
    private void rebuildLargeStore() throws Exception {
        long events = Long.parseLong(option("events", "1000000"));
        int template = Integer.parseInt(option("template", "5000"));
        String clusterId = clusterId(1);
        boolean reuse = options.containsKey("data") && Files.isRegularFile(Path.of(option("data", "")).resolve(H2_FILE));
        Path dataDir = options.containsKey("data") ? Files.createDirectories(Path.of(option("data", "")))
                                                   : Files.createTempDirectory("thidua-e2e-rebuild");
        if (reuse) {
            System.out.printf("%nreusing the store in %s (its template year is not sent again)%n", dataDir);
        } else {
            templateYear(dataDir, clusterId, template);
        }
        System.out.printf("%ncopying the template year straight into the store up to %d events ...%n", events);
        long start = System.nanoTime();
        long head = StoreMultiplier.multiply(dataDir.resolve(H2_FILE), DATABASE, clusterId, events);
        double copySeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%nstarting the ledger on %d events and rebuilding every view at once ...%n", head);
        List<Views.Rebuild> rebuilt;
        try (LedgerProcess ledger = start(dataDir, List.of(clusterId));
             Clients pool = new Clients(1, ledger.baseUri(), authentication(ledger))) {
            rebuilt = new Views(pool.any()).rebuildAll(
                    Duration.ofMinutes(Long.parseLong(option("rebuild-cap-minutes", "360"))));
        }
        Map<Integer, Map<String, Double>> reference = reference((int) head);
        Report.largeRebuild(head, copySeconds, rebuilt, reference);
        if (!options.containsKey("data")) {
            cleanUp(dataDir);
        }
    }

    private void templateYear(Path dataDir, String clusterId, int template) throws Exception {
        try (LedgerProcess ledger = start(dataDir, List.of(clusterId));
             Clients pool = new Clients(clients, ledger.baseUri(), authentication(ledger))) {
            System.out.printf("%ntemplate year of cluster %s: about %d events through HTTP%n", clusterId, template);
            EmulationYearWorkload workload = new EmulationYearWorkload(clusterId, year, units,
                    BenchmarkUsers.councilMembers(council()), template);
            pool.run(workload.phases(), Long.MAX_VALUE);
            new Views(pool.any()).awaitCaughtUp(cap);
        }
    }

    private LedgerProcess start(Path dataDir, List<String> clusters) throws Exception {
        List<String> unitIds = clusters.stream()
                                       .flatMap(cluster -> EmulationYearWorkload.unitIds(cluster, units).stream()).toList();
        Path jar = Path.of(option("jar", "app/target/thidua-ledger.jar"));
        System.out.printf("starting %s on %s ...%n", jar, dataDir);
        // e.g. ledger-jvm=-XX:StartFlightRecording=filename=ledger.jfr,settings=profile to profile the ledger itself
        List<String> jvmOptions = options.containsKey("ledger-jvm") ? List.of(option("ledger-jvm", "").split(",(?=-)"))
                                                                    : List.of();
        List<String> arguments = new ArrayList<>(
                BenchmarkUsers.applicationArguments(unitIds, BenchmarkUsers.councilMembers(council())));
        arguments.add("--thidua.mongo.embedded.ledger-cache=" + ledgerCacheMegabytes() + "MB");
        return LedgerProcess.start(jar, dataDir, option("heap", LedgerProcess.RECOMMENDED_HEAP), jvmOptions, arguments);
    }

    /**
     * The page cache of the ledger's file, set on the ledger's command line and given to the reference, so that both
     * read their events through the same cache: the application's default, unless {@code ledger-cache-mb} sets another.
     */
    private int ledgerCacheMegabytes() throws Exception {
        return options.containsKey("ledger-cache-mb") ? Integer.parseInt(option("ledger-cache-mb", ""))
                                                      : EventStoreBenchmark.defaultLedgerCacheMegabytes();
    }

    private static Authentication authentication(LedgerProcess ledger) throws Exception {
        Authentication authentication = Authentication.probe(
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), ledger.baseUri());
        System.out.println("authentication: " + authentication.describe());
        return authentication;
    }

    private Map<Integer, Map<String, Double>> reference(int... sizes) throws Exception {
        if (!Boolean.parseBoolean(option("reference", "true"))) {
            return Map.of();
        }
        // The store the app itself runs on: the durable backend, with the app's default (fsync off).
        String backend = option("reference-backend", "durable");
        System.out.printf("%nreference: the event store alone (EventStoreBenchmark, %s) at %s events ...%n",
                          backend, Arrays.toString(sizes));
        return EventStoreBenchmark.measure(backend, ledgerCacheMegabytes(), sizes);
    }

    private void cleanUp(Path dataDir) throws Exception {
        if (Boolean.parseBoolean(option("keep-data", "false"))) {
            System.out.println("data kept in " + dataDir);
            return;
        }
        try (var files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private int council() {
        return Integer.parseInt(option("council", "5"));
    }

    private long seconds(String name, String fallback) {
        return Long.parseLong(option(name, fallback));
    }

    private String option(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    /** Zero-padded, so that no cluster's id is the beginning of another's (copies rename it by text). */
    private static String clusterId(int n) {
        return "bm%02d".formatted(n);
    }

    /** Every view rebuilt once, in turn: one round of {@code rebuilds} (default 4; {@link RebuildRounds}). */
    private List<Views.Rebuild> rebuildEach(Views views, int round) throws Exception {
        List<Views.Rebuild> rebuilds = new ArrayList<>();
        for (String view : views.names()) {
            System.out.printf("  rebuilding %s (round %d) ...%n", view, round);
            rebuilds.add(views.rebuild(view, cap));
        }
        return rebuilds;
    }

    /**
     * What one year measured.
     *
     * @param rebuilds every view's rebuilds in this year, round by round
     */
    record StageResult(String clusterId, long startHead, long head, long asOfPosition, Clients.Outcome writes,
                       Map<String, Long> lagsAtLastCommand, Map<String, Double> catchUpSeconds, Latencies asOf,
                       Latencies publicRanking, ReadLoad publicLoad, RebuildRounds rebuilds) {
    }
}
