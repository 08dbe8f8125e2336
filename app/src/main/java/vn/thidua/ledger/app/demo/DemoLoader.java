package vn.thidua.ledger.app.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventhandling.TrackingToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import vn.thidua.ledger.app.mongo.MongoSettings;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * Loads the demo year ({@link ClusterIv2022Script}) once the application is ready, through its own
 * HTTP command API, on a background thread so start-up is not delayed. Loads only into an empty
 * event store, so a restart, or a store that already holds real data, loads nothing. A failure is
 * logged with the step and the API's answer; the application keeps running with what was recorded.
 */
public class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final DemoSettings settings;
    private final MongoSettings mongo;
    private final EventStorageEngine eventStorage;
    private final Environment environment;
    private final List<DemoStep> script;
    private volatile CompletableFuture<DemoOutcome> startupOutcome =
            CompletableFuture.completedFuture(DemoOutcome.skipped("the application is not ready yet"));

    public DemoLoader(DemoSettings settings, MongoSettings mongo, EventStorageEngine eventStorage,
                      Environment environment, List<DemoStep> script) {
        this.settings = settings;
        this.mongo = mongo;
        this.eventStorage = eventStorage;
        this.environment = environment;
        this.script = script;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void onApplicationReady() {
        startupOutcome = start();
    }

    /**
     * Decides and, if wanted, loads in the background; the returned outcome completes when done.
     * Called once per start of the application; calling it again behaves like a restart would.
     */
    public CompletableFuture<DemoOutcome> start() {
        CompletableFuture<DemoOutcome> result = new CompletableFuture<>();
        Thread worker = new Thread(() -> result.complete(decideAndLoad()), "demo-loader");
        // A demo half-loaded when the application stops is not worth delaying the shutdown for.
        worker.setDaemon(true);
        worker.start();
        return result;
    }

    /** The outcome of the start when the application became ready (for tests and diagnostics). */
    public CompletableFuture<DemoOutcome> startupOutcome() {
        return startupOutcome;
    }

    private DemoOutcome decideAndLoad() {
        try {
            var realStore = DemoStore.realStoreReason(mongo, environment);
            if (!settings.mode().wantsDemo(realStore.isPresent())) {
                return skip("thidua.demo.mode=" + settings.mode() + realStore.map(why -> " and " + why).orElse(""));
            }
            long head = storeHead();
            if (head > 0) {
                return skip("the event store already has events (head " + head + ")");
            }
            Integer port = environment.getProperty("local.server.port", Integer.class);
            if (port == null) {
                return skip("no HTTP port to send the demo requests to");
            }
            return load(port);
        } catch (RuntimeException e) {
            log.error("Demo year NOT fully loaded: {}. The application keeps running with what was recorded.",
                    e.getMessage(), e);
            return new DemoOutcome(DemoOutcome.Status.FAILED, e.getMessage(), Map.of(), storeHeadOrZero());
        }
    }

    private DemoOutcome load(int port) {
        log.info("Loading the demo year (Cluster IV 2022, {} requests) through http://127.0.0.1:{}/api",
                script.size(), port);
        long started = System.nanoTime();
        new ScriptRunner("http://127.0.0.1:" + port).run(script, this::logProgress);
        Map<String, Long> requests = script.stream()
                .collect(Collectors.groupingBy(DemoStep::command, TreeMap::new, Collectors.counting()));
        long head = storeHead();
        log.info("Demo year loaded: cluster {}, campaigns {} and {}, round {}, decisions {} and {}; {} requests "
                        + "in {} ms {}; event store head {}",
                ClusterIv2022.CLUSTER, ClusterIv2022.CAMPAIGN, ClusterIv2022.CAMPAIGN_2023, Conference2022.FLAG_ROUND,
                DecisionId.of(ClusterIv2022.CONFERENCE.getYear(), Conference2022.PROPOSAL_NUMBER),
                DecisionId.of(ClusterIv2022.CONFERENCE.getYear(), Conference2022.APPOINTMENT_NUMBER), script.size(),
                (System.nanoTime() - started) / 1_000_000, requests, head);
        return new DemoOutcome(DemoOutcome.Status.LOADED, "loaded", requests, head);
    }

    /** One line per phase (a run of the same command), not per request. */
    private void logProgress(int index, DemoStep step) {
        if (index == 1 || !script.get(index - 2).command().equals(step.command())) {
            log.info("Demo {}/{}: {}", index, script.size(), step);
        } else {
            log.debug("Demo {}/{}: {}", index, script.size(), step);
        }
    }

    private DemoOutcome skip(String why) {
        log.info("Demo year not loaded: {}", why);
        return DemoOutcome.skipped(why);
    }

    /** Global index of the newest event; 0 for a store that was never written to. */
    private long storeHead() {
        TrackingToken head = eventStorage.createHeadToken();
        return head == null ? 0 : head.position().orElse(0);
    }

    private long storeHeadOrZero() {
        try {
            return storeHead();
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
