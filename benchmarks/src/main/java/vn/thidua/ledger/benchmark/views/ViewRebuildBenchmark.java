package vn.thidua.ledger.benchmark.views;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.thidua.ledger.app.ThiDuaLedgerApplication;
import vn.thidua.ledger.query.replay.RebuildRefusedException;
import vn.thidua.ledger.query.replay.ViewRebuilds;
import vn.thidua.ledger.query.replay.ViewStatus;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewRegistry;

import com.sun.management.OperatingSystemMXBean;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prints each view's rebuild rate next to the raw tracked replay rate (the stream read through the engine, no
 * handler), at 10k and at 100k events, on the application as it runs (Spring context, embedded server, H2 file
 * backend by default): synthetic emulation years ({@link EmulationYears}) are appended through the event store, the
 * live views catch up, then each view is rebuilt alone through {@link ViewRebuilds} (the admin endpoint's code) and
 * timed from the reset until its processor reaches the head. Run:
 * {@code ./mvnw -q -pl benchmarks -am verify -Pview-rebuild-benchmark -DskipTests -Dspring-boot.repackage.skip=true
 * -Dmaven.jar.forceCreation=true} (a jar left repackaged by an earlier build is otherwise kept as it is)
 * with optional {@code -Dviews.benchmark.args="<h2|memory> [view,view...|all] [size,size...]"} (default: h2, every
 * view, 10000 then 100000 events). {@code -Dpasses=N} (the JVM's, not Maven's) rebuilds each view N times in a row
 * and prints each pass's rate and the process's CPU per event: the way to compare two builds on a 2-core machine,
 * where one pass spreads by a quarter and the compiler still works through the first five or six (docs/benchmarks.md,
 * "Session 33"). Figures, not assertions: see docs/benchmarks.md.
 */
public final class ViewRebuildBenchmark {

    private static final String SIZES = "10000,100000";
    private static final Duration LIMIT = Duration.ofMinutes(30);
    private static final int PASSES = Integer.getInteger("passes", 1);
    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private ViewRebuildBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String backend = args.length > 0 && !args[0].isBlank() ? args[0] : "h2";
        List<String> only = args.length > 1 && !args[1].equals("all") ? List.of(args[1].split(",")) : List.of();
        long[] sizes = Arrays.stream((args.length > 2 ? args[2] : SIZES).split(",")).mapToLong(Long::parseLong).toArray();
        Path dir = Files.createTempDirectory("thidua-view-benchmark");
        // Arguments, not default properties: those would lose to application.yml (its data-dir is ./data).
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(ThiDuaLedgerApplication.class)
                .run("--server.port=0", "--server.address=127.0.0.1", "--thidua.demo.mode=off",
                     "--thidua.data-dir=" + dir, "--thidua.mongo.embedded.backend=" + backend,
                     "--logging.level.root=WARN", "--logging.level.vn.thidua=WARN")) {
            EventStore eventStore = context.getBean(EventStore.class);
            ViewRebuilds rebuilds = context.getBean(ViewRebuilds.class);
            List<String> views = context.getBean(ViewRegistry.class).all().stream().map(RebuildableView::name)
                                        .filter(name -> only.isEmpty() || only.contains(name)).toList();
            EmulationYears years = new EmulationYears(eventStore);
            long held = 0;
            Map<Long, Map<String, Double>> rates = new LinkedHashMap<>();
            for (long size : sizes) {
                long started = System.nanoTime();
                held = years.fillTo(size, held);
                System.out.printf("%,d events appended (%.0f events/s); waiting for the live views%n", held,
                                  held / seconds(started));
                views.forEach(view -> awaitHead(rebuilds, view, -1));
                Map<String, Double> row = new LinkedHashMap<>();
                row.put("raw tracked replay", rawReplay(eventStore));
                for (String view : views) {
                    for (int pass = 1; pass <= PASSES; pass++) {
                        long cpu = PROCESS.getProcessCpuTime();
                        row.put(view, rebuild(rebuilds, view));
                        System.out.printf("  %-20s pass %d %,10.0f events/s %6.1f µs of CPU per event%n", view, pass,
                                          row.get(view), (PROCESS.getProcessCpuTime() - cpu) / 1e3 / held);
                    }
                }
                row.put("raw tracked replay (again)", rawReplay(eventStore));
                rates.put(held, row);
            }
            print(rates);
        } finally {
            // The store is ~1 GB at 100k events: a benchmark that leaves it behind fills the disk in a few runs.
            FileSystemUtils.deleteRecursively(dir);
        }
        // Axon's handler-timeout janitor (AxonTaskJanitor) runs on a non-daemon thread that nothing stops: without
        // this the JVM would wait for it forever after the figures are printed.
        System.exit(0);
    }

    /** The whole stream through the engine's tracking reader, payloads deserialized, no handler. */
    private static double rawReplay(EventStore eventStore) throws Exception {
        long head = eventStore.createHeadToken().position().orElseThrow();
        long started = System.nanoTime();
        long read = 0;
        try (BlockingStream<TrackedEventMessage<?>> stream = eventStore.openStream(null)) {
            while (true) {
                TrackedEventMessage<?> event = stream.nextAvailable();
                event.getPayload();
                read++;
                if (event.trackingToken().position().orElseThrow() >= head) {
                    break;
                }
            }
        }
        double rate = read / seconds(started);
        System.out.printf("  %-20s %,10.0f events/s%n", "raw tracked replay", rate);
        return rate;
    }

    private static double rebuild(ViewRebuilds rebuilds, String view) throws InterruptedException {
        while (true) {
            long started = System.nanoTime();
            try {
                return rebuilt(rebuilds, view, rebuilds.rebuild(view), started);
            } catch (RebuildRefusedException stillFinishing) {
                // The last pass reached the head a moment before its rebuild was over: the view refuses another
                // until then.
                TimeUnit.MILLISECONDS.sleep(50);
            }
        }
    }

    private static double rebuilt(ViewRebuilds rebuilds, String view, ViewStatus status, long started) {
        long head = status.rebuild().headAtStart();
        awaitHead(rebuilds, view, head);
        return (head + 1) / seconds(started);
    }

    private static void awaitHead(ViewRebuilds rebuilds, String view, long target) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            ViewStatus status = rebuilds.status(view);
            if (status.state().equals("ERROR")) {
                throw new IllegalStateException("View " + view + " failed: " + status);
            }
            if (status.position() >= (target < 0 ? status.head() : target)) {
                return;
            }
            try {
                TimeUnit.MILLISECONDS.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("View " + view + " did not reach the head in " + LIMIT);
    }

    private static void print(Map<Long, Map<String, Double>> rates) {
        List<Long> sizes = List.copyOf(rates.keySet());
        System.out.println();
        System.out.printf("| rate (events/s) | at %,d | at %,d | large / small | rebuild / raw replay (small, large) |%n",
                          sizes.get(0), sizes.get(sizes.size() - 1));
        System.out.println("|---|---:|---:|---:|---:|");
        Map<String, Double> small = rates.get(sizes.get(0));
        Map<String, Double> large = rates.get(sizes.get(sizes.size() - 1));
        double rawSmall = small.get("raw tracked replay");
        double rawLarge = large.get("raw tracked replay");
        small.keySet().forEach(name -> System.out.printf("| %s | %.0f | %.0f | %.2f | %.2f, %.2f |%n", name,
                small.get(name), large.get(name), large.get(name) / small.get(name), small.get(name) / rawSmall,
                large.get(name) / rawLarge));
    }

    private static double seconds(long startedNanos) {
        return Math.max(1e-9, (System.nanoTime() - startedNanos) / 1e9);
    }
}
