package vn.thidua.ledger.app.mongo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application on its embedded H2 store, killed ({@code SIGKILL}) while four clients register
 * pledges, restarted on the same data directory: every pledge answered 2xx is in the event store exactly once,
 * none answered 4xx is, none is there twice, and every view equals a full rebuild of itself (checksums). Three kills, each after a
 * different number of acknowledged pledges. Runs in {@code verify}, after {@code package}.
 *
 * <p>The clients are the secretariat transcribing the 2023 paper pledge registers of four units into the demo
 * year's 2023 campaign (docs/demo.md): the year is over, so only the secretariat may date a pledge, and all
 * four write to the same campaign, so they also race for its version.
 */
class KillDuringPledgesIT {

    private static final Path JAR = Path.of(System.getProperty("thidua.it.jar", "target/thidua-ledger.jar"));
    private static final String CAMPAIGN = "btp-cum-iv-2023";
    private static final String SECRETARIAT = basic("thu-ky", "thuky-demo-2022");
    private static final List<String> UNITS = List.of("vu-htqt", "tong-cuc-thads", "vu-cvdcxdpl", "minh-hoa-a");
    /** Kill after this many pledges were acknowledged in the round, one entry per round. */
    private static final int[] KILL_AFTER = {7, 23, 41};
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Integer> answers = new ConcurrentHashMap<>();
    private Process app;
    private int httpPort;
    private int mongoPort;

    @TempDir
    Path dataDir;

    @AfterEach
    void stopTheApplication() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedPledgeSurvivesAKillExactlyOnceAndEveryViewEqualsItsRebuild() throws Exception {
        assertThat(JAR).as("the packaged application (mvn package)").exists();
        start();
        awaitLog("Demo year loaded", START_TIMEOUT);
        post("/api/campaigns/" + CAMPAIGN + "/registration-window",
                "{\"opensOn\": \"2023-01-15\", \"closesOn\": \"2023-03-31\"}", 201);

        for (int round = 0; round < KILL_AFTER.length; round++) {
            registerPledgesUntilKilled(round, KILL_AFTER[round]);
            start();
            awaitLog("Started ThiDuaLedgerApplication", START_TIMEOUT);
            everyAcknowledgedPledgeIsStoredExactlyOnce();
            everyViewEqualsItsRebuild();
        }
    }

    /** Four clients register pledges until {@code killAfter} were acknowledged; then the JVM is killed. */
    private void registerPledgesUntilKilled(int round, int killAfter) throws Exception {
        AtomicInteger acknowledged = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(UNITS.size());
        for (int c = 0; c < UNITS.size(); c++) {
            String unit = UNITS.get(c);
            String prefix = "it-r" + round + "-" + c + "-";
            clients.submit(() -> {
                for (int n = 0; app.isAlive(); n++) {
                    Integer status = register(prefix + n, unit);
                    if (status != null && status / 100 == 2) {
                        acknowledged.incrementAndGet();
                    }
                }
            });
        }
        await(() -> acknowledged.get() >= killAfter, Duration.ofMinutes(3), "pledges acknowledged");
        app.destroyForcibly().waitFor();
        clients.shutdown();
        assertThat(clients.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)).isTrue();
        System.out.printf("round %d: killed after %d acknowledged pledges (%d requests answered so far)%n",
                round, acknowledged.get(), answers.size());
    }

    /** The HTTP status, or null when the connection broke before an answer (the kill). */
    private Integer register(String registrantId, String unit) {
        String body = """
                {"registrantId": "%s", "registrantName": "Công chức %s (minh họa)", "kind": "INDIVIDUAL",
                 "unitId": "%s", "titles": ["ADVANCED_WORKER"], "registeredOn": "2023-02-01"}
                """.formatted(registrantId, registrantId, unit);
        try {
            int status = http.send(request("/api/campaigns/" + CAMPAIGN + "/pledges")
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            answers.put(registrantId, status);
            return status;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private void everyAcknowledgedPledgeIsStoredExactlyOnce() {
        Map<String, Integer> stored = new LinkedHashMap<>();
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:" + mongoPort)) {
            mongo.getDatabase("thidua").getCollection("eventCommits").find(Filters.eq("aggregateId", CAMPAIGN))
                 .forEach(commit -> commit.getList("events", Document.class).stream()
                         .filter(event -> event.getString("payloadType").endsWith(".PledgeRegistered"))
                         .map(event -> Document.parse(event.getString("payload")))
                         .map(payload -> registrantIdOf(payload))
                         .filter(id -> id.startsWith("it-"))
                         .forEach(id -> stored.merge(id, 1, Integer::sum)));
        }
        assertThat(stored.values()).as("each registrant stored at most once").allMatch(count -> count == 1);
        System.out.printf("after restart: %d pledges stored, %d answered 2xx, %d answered 4xx%n", stored.size(),
                answers.values().stream().filter(status -> status / 100 == 2).count(),
                answers.values().stream().filter(status -> status / 100 == 4).count());
        answers.forEach((registrantId, status) -> {
            if (status / 100 == 2) {
                assertThat(stored).as("acknowledged %s", registrantId).containsKey(registrantId);
            } else if (status / 100 == 4) {
                assertThat(stored).as("refused (%d) %s", status, registrantId).doesNotContainKey(registrantId);
            }
        });
        assertThat(answers.values()).as("some pledges were acknowledged").anyMatch(status -> status / 100 == 2);
    }

    private static String registrantIdOf(Document payload) {
        Object id = payload.get("registrantId");
        return id instanceof Document value ? value.values().iterator().next().toString() : String.valueOf(id);
    }

    private void everyViewEqualsItsRebuild() throws Exception {
        List<String> views = new ArrayList<>();
        awaitViewsCaughtUp(views);
        Map<String, String> live = checksums(views);
        post("/api/admin/views/rebuild", "", 202);
        awaitViewsCaughtUp(new ArrayList<>());
        assertThat(checksums(views)).as("views after a full rebuild").isEqualTo(live);
    }

    /** Waits until every view runs, is not replaying and has handled the head of the stream. */
    private void awaitViewsCaughtUp(List<String> names) {
        await(() -> {
            List<Document> views = getList("/api/admin/views");
            names.clear();
            views.forEach(view -> names.add(view.getString("name")));
            return !views.isEmpty() && views.stream().allMatch(view -> "RUNNING".equals(view.getString("state"))
                    && !view.getBoolean("replaying") && ((Number) view.get("lag")).longValue() == 0);
        }, Duration.ofMinutes(2), "views caught up");
    }

    private Map<String, String> checksums(List<String> views) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String view : views) {
            Document checksum = Document.parse(get("/api/admin/views/" + view + "/checksum"));
            checksums.put(view, checksum.getString("checksum") + " @" + checksum.get("position"));
        }
        return checksums;
    }

    // ---- the child JVM ----

    private void start() throws IOException {
        if (httpPort == 0) {
            httpPort = freePort();
            mongoPort = freePort();
        }
        Files.deleteIfExists(log());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar",
                JAR.toAbsolutePath().toString(), "--server.port=" + httpPort, "--server.address=127.0.0.1",
                "--thidua.data-dir=" + dataDir.resolve("data"), "--thidua.mongo.embedded.port=" + mongoPort)
                .redirectErrorStream(true).redirectOutput(log().toFile());
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        builder.environment().remove("MONGODB_URI");
        app = builder.start();
    }

    private Path log() {
        return dataDir.resolve("app.log");
    }

    private void awaitLog(String line, Duration timeout) {
        await(() -> {
            try {
                return Files.exists(log()) && Files.readString(log(), StandardCharsets.UTF_8).contains(line);
            } catch (IOException e) {
                return false;
            }
        }, timeout, "log line '" + line + "'");
    }

    /** Polls (a child process notifies nothing); fails at once, with the log, if the application died meanwhile. */
    private void await(BooleanSupplier condition, Duration timeout, String what) {
        try {
            Awaitility.await(what).atMost(timeout).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
                      .until(() -> {
                          if (condition.getAsBoolean()) {
                              return true;
                          }
                          if (!app.isAlive() && !what.startsWith("pledges")) {
                              throw new AssertionError("the application died waiting for " + what + "; log: " + tail());
                          }
                          return false;
                      });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("timed out waiting for " + what + "; log: " + tail(), e);
        }
    }

    private String tail() {
        try {
            String text = Files.readString(log(), StandardCharsets.UTF_8);
            return text.substring(Math.max(0, text.length() - 4000));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    // ---- HTTP ----

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + path))
                          .timeout(Duration.ofSeconds(60))
                          .header("Authorization", SECRETARIAT)
                          .header("X-Reason", "kiem-thu-ben-vung");
    }

    private void post(String path, String body, int expected) throws Exception {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("POST %s: %s", path, response.body()).isEqualTo(expected);
    }

    private String get(String path) {
        try {
            HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
            return response.body();
        } catch (IOException e) {
            throw new AssertionError("GET " + path, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private List<Document> getList(String path) {
        return Document.parse("{\"items\": " + get(path) + "}").getList("items", Document.class);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
