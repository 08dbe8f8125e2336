package vn.thidua.ledger.query.asof;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.messaging.MetaData;
import org.bson.Document;
import vn.thidua.ledger.eventstore.EventJson;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.query.nomination.RoundHistory;
import vn.thidua.ledger.query.ranking.RankingHistory;
import vn.thidua.ledger.query.ranking.RankingView;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Times as-of reads of a campaign's draft ranking when that ONE campaign holds 10k and then 100k events, on the
 * embedded mongo-java-server (H2 file backend by default, as the app). The campaign's events are appended through
 * our storage engine one per commit, as commands do: 70% individual pledges, the rest self-assessments of 20 units
 * on 6 criteria and 1 in 200 a reviewer's adjustment. The stream index and its checkpoints are fed by the stream
 * index projector from the tracked stream, as the live processor would (this class sits in the projector's package
 * for that; no Spring). Then: draft ranking as of random positions and random instants of the campaign, with
 * checkpoints, and a few reads folded from the start for comparison. Run:
 * {@code ./mvnw -q -pl benchmarks -am verify -Pasof-benchmark} ({@code -Dbenchmark.args=memory} for the memory
 * backend). Figures, not assertions: see docs/benchmarks.md.
 */
public final class AsOfBenchmark {

    private static final int[] SIZES = {10_000, 100_000};
    private static final int READS = 200;
    private static final int WARM_UP_READS = 50;
    private static final int[] FULL_FOLD_READS = {10, 3};
    private static final Instant LAUNCH = Instant.parse("2022-02-15T02:00:00Z");
    /** 100k events, one every 4 minutes, fit in the campaign's year. */
    private static final Duration SPACING = Duration.ofMinutes(4);
    private static final ClusterId CLUSTER = new ClusterId("btp-cum-iv");
    private static final CampaignId CAMPAIGN = CampaignId.of(CLUSTER, 2022);
    private static final List<UnitRef> UNITS = IntStream.rangeClosed(1, 20)
            .mapToObj(i -> new UnitRef(new UnitId("don-vi-%02d".formatted(i)), "Đơn vị %d (minh họa)".formatted(i)))
            .toList();
    private static final List<Criterion> CRITERIA = IntStream.rangeClosed(1, 6)
            .mapToObj(i -> new Criterion(new CriterionId("tc-" + i), "Tiêu chí " + i + " (minh họa)",
                                         i == 6 ? CriterionKind.PENALTY : CriterionKind.SCORED, BigDecimal.TEN))
            .toList();

    private static final com.sun.management.OperatingSystemMXBean CPU =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    private final MongoEventStorageEngine engine;
    private final EmbeddedEventStore eventStore;
    private final MongoDatabase database;
    private final AsOfReader reader;
    private final StreamIndexProjector projector;
    private final RankingHistory ranking = new RankingHistory();
    private final Random random = new Random(2022);
    private long appended;
    private TrackingToken indexed;

    private AsOfBenchmark(MongoDatabase database) {
        this.database = database;
        this.engine = MongoEventStorageEngine.builder().database(database)
                                             .eventSerializer(EventJson.serializer())
                                             .snapshotSerializer(EventJson.serializer())
                                             .batchSize(100).build();
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        FoldCheckpoints checkpoints = new FoldCheckpoints(database);
        StreamIndex index = new StreamIndex(database, checkpoints);
        this.reader = new AsOfReader(index, checkpoints, (aggregateId, first, last) -> {
            MongoEventStorageEngine.AggregateRange range = engine.readRange(aggregateId, first, last);
            return new AggregateRanges.Range(range.events(), range.latestCommitStart());
        });
        this.projector = new StreamIndexProjector(index, new Checkpointer(List.of(ranking, new RoundHistory()),
                                                                          checkpoints, reader));
    }

    public static void main(String[] args) {
        String backendName = args.length > 0 && !args[0].isBlank() ? args[0] : "h2";
        Path dir;
        try {
            dir = Files.createTempDirectory("thidua-asof-benchmark");
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        MongoBackend backend = "memory".equals(backendName) ? new MemoryBackend()
                                                            : new H2Backend(dir.resolve("asof.mv").toString());
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            System.out.printf("Thi Đua Ledger as-of benchmark: backend=%s, java=%s, cores=%d, max heap=%d MiB%n",
                              backendName, System.getProperty("java.version"),
                              Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
            AsOfBenchmark benchmark = new AsOfBenchmark(client.getDatabase("asof"));
            for (int i = 0; i < SIZES.length; i++) {
                benchmark.fillTo(SIZES[i]);
                benchmark.measure(FULL_FOLD_READS[i]);
            }
            benchmark.eventStore.shutDown();
        } finally {
            server.shutdownNow();
            backend.close();
        }
    }

    private void fillTo(int size) {
        long before = appended;
        long start = System.nanoTime();
        while (appended < size) {
            engine.appendEvents(new GenericDomainEventMessage<>("Campaign", CAMPAIGN.value(), appended,
                                                                event(appended), MetaData.with(MetaDataKeys.PRINCIPAL, "thu-ky"),
                                                                "e-" + appended, launchPlus(appended)));
            appended++;
        }
        double appendSeconds = (System.nanoTime() - start) / 1e9;
        start = System.nanoTime();
        long count = 0;
        List<? extends TrackedEventMessage<?>> batch;
        while (!(batch = engine.readEvents(indexed, false).limit(1_000).toList()).isEmpty()) {
            for (TrackedEventMessage<?> message : batch) {
                projector.on(message.getPayload(), message, message.trackingToken());
                indexed = message.trackingToken();
                count++;
            }
        }
        double indexSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%n== one campaign of %d events ==%nappended in %.0f s (%.0f events/s); indexed and "
                          + "checkpointed in %.0f s (%.0f events/s)%n", size, appendSeconds,
                          (appended - before) / appendSeconds, indexSeconds, count / indexSeconds);
        long checkpoints = database.getCollection(FoldCheckpoints.NAME).countDocuments();
        long jsonBytes = 0;
        for (Document document : database.getCollection(FoldCheckpoints.NAME).find().batchSize(50)) {
            jsonBytes += document.containsKey("gz") ? document.get("gz", org.bson.types.Binary.class).length() : 0;
        }
        System.out.printf("checkpoints: %d documents, %.1f MiB of gzipped view JSON; stream index: %d documents%n",
                          checkpoints, jsonBytes / 1048576.0, database.getCollection(StreamIndex.NAME).countDocuments());
    }

    private void measure(int fullFoldReads) {
        long head = appended - 1; // one campaign, one event per commit: global index = sequence + 1
        Supplier<AsOf> position = () -> new AsOf.Position(1 + (long) (random.nextDouble() * (head + 1)));
        Supplier<AsOf> instant = () -> new AsOf.At(launchPlus((long) (random.nextDouble() * (head + 1)))
                                                           .plusSeconds(random.nextInt(240)));
        time(WARM_UP_READS, position, ranking);
        print("draft ranking as of a position (checkpoints)", time(READS, position, ranking));
        print("draft ranking as of an instant (checkpoints)", time(READS, instant, ranking));
        print("draft ranking as of a position, folded from the start", time(fullFoldReads, position, fromTheStart()));
    }

    /**
     * Wall-clock milliseconds of each read; the last element is the process's CPU milliseconds per read (the server
     * runs in this JVM), a figure the other tenants of a shared machine disturb less than wall-clock time.
     */
    private double[] time(int reads, Supplier<AsOf> cuts, FoldedView<RankingView, CampaignEvent> view) {
        double[] millis = new double[reads + 1];
        long cpuStart = CPU.getProcessCpuTime();
        for (int i = 0; i < reads; i++) {
            AsOf asOf = cuts.get();
            long start = System.nanoTime();
            if (reader.fold(asOf, CAMPAIGN.value(), view).isEmpty()) {
                throw new IllegalStateException("No ranking as of " + asOf);
            }
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        millis[reads] = (CPU.getProcessCpuTime() - cpuStart) / 1e6 / reads;
        return millis;
    }

    private static void print(String what, double[] millis) {
        double[] sorted = Arrays.copyOf(millis, millis.length - 1);
        Arrays.sort(sorted);
        System.out.printf("%-58s n=%3d  median %7.1f ms  p95 %7.1f ms  max %7.1f ms  cpu/read %7.1f ms%n", what,
                          sorted.length, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                          sorted[sorted.length - 1], millis[millis.length - 1]);
    }

    /** The same fold under another name: it has no checkpoints, so every read folds from sequence 0 to the cut. */
    private static FoldedView<RankingView, CampaignEvent> fromTheStart() {
        return new RankingHistory() {
            @Override
            public String name() {
                return "rankingsWithoutCheckpoints";
            }
        };
    }

    private static Instant launchPlus(long sequence) {
        return LAUNCH.plus(SPACING.multipliedBy(sequence));
    }

    private Object event(long sequence) {
        if (sequence == 0) {
            return new CampaignLaunched(CAMPAIGN, CLUSTER, "Cụm thi đua số IV", 2022, "Phong trào thi đua năm 2022",
                                        new ScoringScheme(CRITERIA), UNITS, "btp-thidua", 1, LocalDate.of(2022, 2, 15));
        }
        UnitRef unit = UNITS.get(random.nextInt(UNITS.size()));
        Criterion criterion = CRITERIA.get(random.nextInt(CRITERIA.size()));
        BigDecimal points = BigDecimal.valueOf(random.nextInt(101), 1);
        if (sequence % 200 == 0) {
            return new ScoreAdjusted(CAMPAIGN, 2022, unit, criterion.criterionId(), criterion.name(), BigDecimal.TEN,
                                     points, "Điều chỉnh sau thẩm định (minh họa)");
        }
        if (random.nextInt(10) < 7) {
            return new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId("cc-" + sequence),
                                        "Công chức " + sequence + " (minh họa)", RegistrantKind.INDIVIDUAL, unit, null,
                                        List.of(Title.ADVANCED_WORKER), LocalDate.of(2022, 3, 1));
        }
        return new ScoreSelfAssessed(CAMPAIGN, 2022, unit, criterion.criterionId(), criterion.name(), points,
                                     criterion.maxPoints());
    }
}
