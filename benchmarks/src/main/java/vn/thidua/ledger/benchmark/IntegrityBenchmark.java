package vn.thidua.ledger.benchmark;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * The cost of tamper evidence (docs/integrity.md): appends whose {@code prevHash} the node remembers, appends
 * whose {@code prevHash} is read back (two engines writing the same aggregates in turn, as two command nodes
 * would), then sealing and verifying the whole store. Run:
 * {@code ./mvnw -q -pl benchmarks -am verify -Pbenchmark -Dbenchmark.main=vn.thidua.ledger.benchmark.IntegrityBenchmark
 * -Dbenchmark.args="h2 20000"}. With {@code append-only} as third argument it runs only the appends, which also
 * works against the engine of before the chain (to compare). Figures, not assertions: docs/benchmarks.md.
 */
public final class IntegrityBenchmark {

    private static final int AGGREGATES = 100;

    public static void main(String[] args) throws Exception {
        String backendName = args.length > 0 ? args[0] : "h2";
        int events = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        boolean appendOnly = args.length > 2 && args[2].equals("append-only");
        Path dir = Files.createTempDirectory("thidua-integrity-benchmark");
        MongoBackend backend = backendName.equals("memory") ? new MemoryBackend()
                : new H2Backend(dir.resolve("bench.mv").toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            MongoDatabase database = client.getDatabase("benchmark");
            System.out.printf("integrity benchmark: backend=%s, events=%d, java=%s, cores=%d%n", backendName, events,
                              System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
            BenchmarkEventStore one = new BenchmarkEventStore(database, 100);
            BenchmarkEventStore other = new BenchmarkEventStore(database, 100);
            append(one, one, "warm-up", 2_000);
            report("append, prevHash remembered (events/s)", events, () -> append(one, one, "remembered", events));
            report("append, prevHash read back (events/s)", events, () -> append(one, other, "read-back", events));
            if (!appendOnly) {
                sealAndVerify(database, one.headIndex());
            }
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }

    /** Single-event commits over {@value #AGGREGATES} aggregates, round robin, alternating between two engines. */
    private static void append(BenchmarkEventStore first, BenchmarkEventStore second, String prefix, int events) {
        for (int i = 0; i < events; i++) {
            BenchmarkEventStore engine = (i / AGGREGATES) % 2 == 0 ? first : second;
            engine.append(List.of(new GenericDomainEventMessage<>(
                    "Campaign", prefix + "-" + (i % AGGREGATES), i / AGGREGATES,
                    new EventStoreBenchmark.ScoreAdjusted("cum-iv-2022", "vu-htqt", "Vụ Hợp tác quốc tế", "C" + (i % 12),
                                                          BigDecimal.valueOf(i % 10, 1), "Điều chỉnh sau thẩm định",
                                                          "thu-ky"),
                    MetaData.with("principal", "thu-ky").and("reason", "benchmark"))));
        }
    }

    /** Through reflection, so that the appends alone also run against the engine of before the chain. */
    private static void sealAndVerify(MongoDatabase database, long head) throws Exception {
        KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Class<?> sealerType = Class.forName("vn.thidua.ledger.eventstore.IntegritySealer");
        Object sealer = sealerType.getConstructor(MongoDatabase.class, KeyPair.class, Clock.class, int.class, int.class)
                                  .newInstance(database, keys, Clock.systemUTC(), 500, 10_000);
        Method seal = sealerType.getMethod("seal");
        report("seal (events/s, checkpoints of 10k)", head, () -> {
            while (((java.util.Optional<?>) seal.invoke(sealer)).isPresent()) {
                // seal until nothing settled is left
            }
        });
        Class<?> verifierType = Class.forName("vn.thidua.ledger.eventstore.IntegrityVerifier");
        Object verifier = verifierType.getConstructor(MongoDatabase.class, java.security.PublicKey.class, Clock.class,
                                                      Duration.class, int.class)
                                      .newInstance(database, keys.getPublic(), Clock.systemUTC(), Duration.ofSeconds(10), 500);
        Object[] result = new Object[1];
        report("verify whole history (events/s)", head,
               () -> result[0] = verifierType.getMethod("verify", Long.class, Long.class).invoke(verifier, null, null));
        System.out.println(result[0]);
    }

    private static void report(String name, long operations, ThrowingRunnable work) throws Exception {
        long start = System.nanoTime();
        work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%-42s %10.0f   (%d in %.1f s)%n", name, operations / seconds, operations, seconds);
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
