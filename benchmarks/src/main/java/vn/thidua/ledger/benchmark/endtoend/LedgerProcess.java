package vn.thidua.ledger.benchmark.endtoend;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code app/target/thidua-ledger.jar}) run as a child JVM, as an operator runs it: the
 * embedded MongoDB on its H2 file under {@code dataDir}, a free loopback port, no demo year, the benchmark's users.
 * Its log goes to {@code ledger.log} in the data directory. The JVM gets the options docs/operations.md recommends
 * ({@link #RECOMMENDED_COLLECTOR}) unless {@code jvmOptions} choose another collector.
 */
final class LedgerProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
    /** docs/operations.md, "JVM options": the throughput collector: heavy rebuilds 14-23 % faster than on G1 on 2 cores. */
    static final String RECOMMENDED_COLLECTOR = "-XX:+UseParallelGC";
    /**
     * docs/operations.md, "JVM options": the heap recommended for a node that rebuilds views. At 1 GB a heavy rebuild
     * spends a quarter of its time collecting; the benchmarks measure the node as it should be run.
     */
    static final String RECOMMENDED_HEAP = "3g";

    private final Process process;
    private final URI baseUri;
    private final Path log;

    private LedgerProcess(Process process, URI baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /** {@code -XX:+UseG1GC}, {@code -XX:+UseZGC} and the like: the JVM refuses two collectors on one line. */
    private static boolean choosesCollector(String option) {
        return option.startsWith("-XX:+Use") && option.endsWith("GC");
    }

    static LedgerProcess start(Path jar, Path dataDir, String heap, List<String> jvmOptions, List<String> userArguments)
            throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build it first (./mvnw -pl app -am package)");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap));
        if (jvmOptions.stream().noneMatch(LedgerProcess::choosesCollector)) {
            command.add(RECOMMENDED_COLLECTOR);
        }
        command.addAll(jvmOptions);
        System.out.println("ledger JVM options: " + String.join(" ", command.subList(1, command.size())));
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                "--server.address=127.0.0.1", "--server.port=" + port,
                "--thidua.data-dir=" + dataDir.toAbsolutePath(), "--thidua.mongo.uri=", "--thidua.demo.mode=off"));
        command.addAll(userArguments);
        Path log = dataDir.resolve("ledger.log");
        Files.createDirectories(dataDir);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().remove("MONGODB_URI");
        builder.environment().put("AXONIQ_UPDATE_CHECKER_DISABLED", "true");
        LedgerProcess ledger = new LedgerProcess(builder.start(), URI.create("http://127.0.0.1:" + port), log);
        try {
            ledger.awaitHealthy();
        } catch (Exception e) {
            ledger.close();
            throw e;
        }
        return ledger;
    }

    URI baseUri() {
        return baseUri;
    }

    private void awaitHealthy() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                                    .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the ledger exited with " + process.exitValue() + "; see " + log);
            }
            try {
                HttpResponse<Void> health = http.send(HttpRequest.newBuilder(baseUri.resolve("/actuator/health"))
                                                                 .timeout(Duration.ofSeconds(5)).build(),
                                                      HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // the port opens once the context is up
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the ledger did not become healthy within " + START_TIMEOUT + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
