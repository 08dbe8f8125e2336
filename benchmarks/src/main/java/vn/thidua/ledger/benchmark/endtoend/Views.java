package vn.thidua.ledger.benchmark.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views seen through the admin API (docs/operations-rebuild.md): their names, positions and the head, and their
 * rebuilds. A rebuild counts as finished when the view's position reaches the head at its start, never by Axon's
 * replay flag (it can stay up after a token reset until a new event arrives).
 */
final class Views {

    private static final String ADMIN = "/api/admin/views";
    private static final String GC_PAUSES = "/actuator/metrics/jvm.gc.pause";
    private static final long POLL_MILLIS = 50;
    private static final int REBUILD_ATTEMPTS = 10;
    private static final Duration REBUILD_RETRY_PAUSE = Duration.ofSeconds(15);

    /**
     * A finished (or capped) rebuild: events up to the head at start, seconds, and whether the view is identical.
     *
     * @param gcPausedSeconds how long the node's collector stopped every thread meanwhile (NaN: not measured)
     */
    record Rebuild(String view, long head, double seconds, boolean finished, double serverEventsPerSecond,
                   boolean sameChecksum, double gcPausedSeconds) {
        double eventsPerSecond() {
            return head / seconds;
        }
    }

    private final LedgerClient client;

    Views(LedgerClient client) {
        this.client = client;
    }

    /** Every view's status, by name. */
    Map<String, JsonNode> statuses() throws Exception {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode status : client.read(BenchmarkUsers.SECRETARIAT, ADMIN)) {
            byName.put(status.get("name").asText(), status);
        }
        return byName;
    }

    List<String> names() throws Exception {
        return new ArrayList<>(statuses().keySet());
    }

    /** Head − position of every view, read once, right now. */
    Map<String, Long> lags() throws Exception {
        Map<String, Long> lags = new LinkedHashMap<>();
        statuses().forEach((name, status) -> lags.put(name, lag(status)));
        return lags;
    }

    /** Waits until every view has caught up with the head as it is now; seconds each view took (null: not within cap). */
    Map<String, Double> awaitCaughtUp(Duration cap) throws Exception {
        long start = System.nanoTime();
        Map<String, Double> caughtUp = new LinkedHashMap<>();
        Long head = null;
        List<String> names = List.of();
        do {
            double polledAt = (System.nanoTime() - start) / 1e9;
            Map<String, JsonNode> statuses = statuses();
            names = new ArrayList<>(statuses.keySet());
            for (Map.Entry<String, JsonNode> status : statuses.entrySet()) {
                head = head == null ? Long.valueOf(status.getValue().get("head").asLong()) : head;
                if (!caughtUp.containsKey(status.getKey()) && status.getValue().get("position").asLong() >= head) {
                    caughtUp.put(status.getKey(), polledAt);
                }
            }
            if (caughtUp.size() < names.size()) {
                Thread.sleep(POLL_MILLIS);
            }
        } while (caughtUp.size() < names.size() && System.nanoTime() - start < cap.toNanos());
        names.forEach(name -> caughtUp.putIfAbsent(name, null));
        return caughtUp;
    }

    /** Rebuilds one view and times it until its position reaches the head at the rebuild's start. */
    Rebuild rebuild(String view, Duration cap) throws Exception {
        String before = checksum(view);
        double pausedBefore = gcPausedSeconds();
        long start = System.nanoTime();
        JsonNode started = client.action(BenchmarkUsers.SECRETARIAT, ADMIN + "/" + view + "/rebuild");
        long head = started.path("rebuild").path("headAtStart").asLong(started.get("head").asLong());
        while (true) {
            JsonNode status = client.read(BenchmarkUsers.SECRETARIAT, ADMIN + "/" + view);
            double seconds = (System.nanoTime() - start) / 1e9;
            boolean finished = status.get("position").asLong() >= head;
            if (finished || seconds > cap.toSeconds()) {
                double serverRate = status.path("rebuild").path("eventsPerSecond").asDouble(Double.NaN);
                long reached = finished ? head : status.get("position").asLong();
                double paused = gcPausedSeconds() - pausedBefore;
                return new Rebuild(view, reached, seconds, finished, serverRate, finished && before.equals(checksum(view)),
                                   paused);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /**
     * Rebuilds every view at once and times each until its position reaches the head; a view not done within the cap
     * reports the position it reached.
     */
    List<Rebuild> rebuildAll(Duration cap) throws Exception {
        long start = requestRebuildOfAll();
        long head = head();
        Map<String, Rebuild> done = new LinkedHashMap<>();
        Map<String, JsonNode> statuses = statuses();
        while (true) {
            double seconds = (System.nanoTime() - start) / 1e9;
            for (Map.Entry<String, JsonNode> status : statuses.entrySet()) {
                long position = status.getValue().get("position").asLong();
                if (!done.containsKey(status.getKey()) && position >= head) {
                    done.put(status.getKey(), new Rebuild(status.getKey(), head, seconds, true, Double.NaN, false,
                                                                   Double.NaN));
                }
            }
            if (done.size() == statuses.size() || seconds > cap.toSeconds()) {
                break;
            }
            Thread.sleep(POLL_MILLIS * 20);
            statuses = statuses();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Rebuild> rebuilds = new ArrayList<>();
        statuses.forEach((name, status) -> rebuilds.add(done.getOrDefault(name, new Rebuild(name,
                status.get("position").asLong(), seconds, false, Double.NaN, false, Double.NaN))));
        return rebuilds;
    }

    /**
     * Asks for the rebuild of every view, again after a pause while the application refuses or fails it: on a node
     * that has just started on a large store, a view busy catching up may not stop in time (the answer is a 500
     * "Could not stop …", then "Cannot start a processor … while it's in process of shutting down"). Returns when
     * the accepted request was sent ({@link System#nanoTime()}): the views start one by one while it is served.
     */
    private long requestRebuildOfAll() throws Exception {
        for (int attempt = 1; ; attempt++) {
            long sent = System.nanoTime();
            try {
                client.action(BenchmarkUsers.SECRETARIAT, ADMIN + "/rebuild");
                return sent;
            } catch (IllegalStateException refused) {
                if (attempt == REBUILD_ATTEMPTS) {
                    throw refused;
                }
                System.out.printf("  rebuild of all views refused or failed (attempt %d): %s; again in %d s%n",
                                  attempt, refused.getMessage(), REBUILD_RETRY_PAUSE.toSeconds());
                Thread.sleep(REBUILD_RETRY_PAUSE.toMillis());
            }
        }
    }

    long head() throws Exception {
        return statuses().values().iterator().next().get("head").asLong();
    }

    /**
     * The seconds the node's collector has stopped its threads since it started (Micrometer's {@code jvm.gc.pause}),
     * NaN if the node does not report them: on a 2-core machine a heavy rebuild's rounds spread by a quarter, and its
     * collections are a large part of that (docs/benchmarks.md, "Session 38").
     */
    private double gcPausedSeconds() throws Exception {
        for (JsonNode measurement : client.readIfPresent(BenchmarkUsers.SECRETARIAT, GC_PAUSES)
                .map(metric -> metric.path("measurements")).orElse(JsonNodeFactory.instance.arrayNode())) {
            if ("TOTAL_TIME".equals(measurement.path("statistic").asText())) {
                return measurement.path("value").asDouble(Double.NaN);
            }
        }
        return Double.NaN;
    }

    private String checksum(String view) throws Exception {
        return client.read(BenchmarkUsers.SECRETARIAT, ADMIN + "/" + view + "/checksum").get("checksum").asText();
    }

    private static long lag(JsonNode status) {
        return status.get("head").asLong() - status.get("position").asLong();
    }
}
