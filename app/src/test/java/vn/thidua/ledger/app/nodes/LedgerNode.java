package vn.thidua.ledger.app.nodes;

import static org.awaitility.Awaitility.await;

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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code app/target/thidua-ledger.jar}) run as a child JVM on a loopback port, as an
 * operator runs it: for tests that need real processes (a {@code kill -9}, several nodes sharing one store).
 * Its output goes to a log file under {@code target/} so that a failing test can be read afterwards.
 */
final class LedgerNode implements AutoCloseable {

    static final Path JAR = Path.of("target", "thidua-ledger.jar");

    private final String name;
    private final int port;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String authorization;

    private LedgerNode(String name, int port, Process process, String user, String password) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Starts the jar with {@code arguments} (Spring properties as {@code --name=value}) and waits until it is up. */
    static LedgerNode start(String name, List<String> arguments, String user, String password) throws Exception {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests with `mvn verify`");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Xmx512m", "-jar", JAR.toString(),
                "--server.address=127.0.0.1", "--server.port=" + port));
        command.addAll(arguments);
        Path log = Path.of("target", "nodes", name + ".log");
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        LedgerNode node = new LedgerNode(name, port, builder.start(), user, password);
        node.awaitUp(Duration.ofMinutes(3));
        return node;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private void awaitUp(Duration limit) {
        await(name + " up").atMost(limit).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue()
                                                + "; see target/nodes/" + name + ".log");
            }
            try {
                return get("/actuator/health").statusCode() == 200;
            } catch (IOException notListeningYet) {
                return false;
            }
        });
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path).header("Content-Type", "application/json")
                                      .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                         HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                          .timeout(Duration.ofSeconds(60)).header("Authorization", authorization);
    }

    /** {@code kill -9}: no shutdown hook runs, nothing is flushed or released, claims stay in the token store. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    String name() {
        return name;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }
}
