package vn.thidua.ledger.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.query.testsupport.CommandCounter;
import vn.thidua.ledger.query.testsupport.MemoryMongo;
import vn.thidua.ledger.query.view.InvalidQueryException;
import vn.thidua.ledger.query.view.PageRequest;
import vn.thidua.ledger.query.view.PageRequest.Order;
import vn.thidua.ledger.query.view.QueryRejectionCode;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewBatchInterceptor;
import vn.thidua.ledger.query.view.ViewJson;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogTest {

    private static final String CLUSTER = ClusterIv2022.CLUSTER.value();
    private static final String HTQT = ClusterIv2022.HTQT.id();
    private static final String THADS = ClusterIv2022.THADS.id();
    private static final String CAMPAIGN = ClusterIv2022.CAMPAIGN.value();
    // 9 Dec 2022 in Vietnam is 2022-12-08T17:00Z .. 2022-12-09T16:59:59Z.
    private static final Instant CONFERENCE_MORNING = Instant.parse("2022-12-09T02:00:00Z");

    private final MemoryMongo mongo = new MemoryMongo();
    private final AuditLog log = new AuditLog(mongo.database());

    @AfterEach
    void close() {
        mongo.close();
    }

    /** Positions 1..6: a small history of Cluster IV's 2022 year and one 2023 event. */
    private void recordHistory() {
        log.record(entry(1, "2022-02-15T02:00:00Z", "CampaignLaunched", CAMPAIGN, "thu-ky", 2022, List.of(HTQT, THADS)));
        log.record(entry(2, "2022-03-01T03:00:00Z", "PledgeRegistered", CAMPAIGN, "dai-dien-htqt", 2022, List.of(HTQT)));
        log.record(entry(3, "2022-12-08T16:30:00Z", "ScoreAdjusted", CAMPAIGN, "thu-ky", 2022, List.of(THADS)));
        log.record(entry(4, "2022-12-09T02:00:00Z", "ScoreAdjusted", CAMPAIGN, "thu-ky", 2022, List.of(HTQT)));
        log.record(entry(5, "2022-12-09T08:00:00Z", "SecretBallotCast", Conference2022.FLAG_ROUND.value(), "anonymous-ballot", 2022, List.of()));
        log.record(entry(6, "2023-01-10T02:00:00Z", "CovenantSigned", ClusterIv2022.CAMPAIGN_2023.value(), "dai-dien-htqt", 2023, List.of(HTQT)));
    }

    @Test
    void withoutFiltersEveryEntryIsListedNewestFirst() {
        recordHistory();

        AuditPage page = log.query(AuditFilter.none(), new PageRequest(0, 50, Order.NEWEST_FIRST));

        assertThat(page.total()).isEqualTo(6);
        assertThat(positions(page)).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(log.head()).isEqualTo(6);
    }

    @Test
    void eachFilterAloneSelectsItsEntries() {
        recordHistory();

        assertThat(positions(query(filter().actor("thu-ky")))).containsExactly(4L, 3L, 1L);
        assertThat(positions(query(filter().type("ScoreAdjusted")))).containsExactly(4L, 3L);
        assertThat(positions(query(filter().unit(HTQT)))).containsExactly(6L, 4L, 2L, 1L);
        assertThat(positions(query(filter().aggregate(Conference2022.FLAG_ROUND.value())))).containsExactly(5L);
        assertThat(positions(query(filter().year(2023)))).containsExactly(6L);
        assertThat(positions(query(filter().cluster(CLUSTER)))).containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(query(filter().cluster("btp-cum-khac")).total()).isZero();
    }

    @Test
    void filtersCombineWithAnd() {
        recordHistory();

        AuditPage page = query(filter().actor("thu-ky").unit(HTQT).year(2022));

        assertThat(positions(page)).containsExactly(4L, 1L);
        assertThat(page.total()).isEqualTo(2);
        assertThat(query(filter().actor("dai-dien-htqt").type("ScoreAdjusted")).total()).isZero();
    }

    @Test
    void aTimeRangeCountsVietnameseDaysAndExactInstants() {
        recordHistory();

        // 2022-12-08T16:30Z is 23:30 on 8 Dec in Hanoi: not on the conference day.
        assertThat(positions(query(filter().from("2022-12-09").to("2022-12-09")))).containsExactly(5L, 4L);
        assertThat(positions(query(filter().from("2022-12-09T05:00:00Z").to("2022-12-09T09:00:00Z")))).containsExactly(5L);
        assertThat(positions(query(filter().from("2022-12-01")))).containsExactly(6L, 5L, 4L, 3L);
        assertThat(positions(query(filter().to("2022-03-01")))).containsExactly(2L, 1L);
        assertThat(positions(query(filter().from("2022-01-01").to("2022-12-31").type("ScoreAdjusted"))))
                .containsExactly(4L, 3L);
    }

    @Test
    void pagesWalkTheListInBothOrders() {
        recordHistory();

        assertThat(positions(log.query(AuditFilter.none(), new PageRequest(0, 4, Order.NEWEST_FIRST))))
                .containsExactly(6L, 5L, 4L, 3L);
        assertThat(positions(log.query(AuditFilter.none(), new PageRequest(1, 4, Order.NEWEST_FIRST))))
                .containsExactly(2L, 1L);
        assertThat(positions(log.query(AuditFilter.none(), new PageRequest(1, 4, Order.OLDEST_FIRST))))
                .containsExactly(5L, 6L);
        assertThat(positions(log.query(AuditFilter.none(), new PageRequest(5, 4, Order.OLDEST_FIRST)))).isEmpty();
        AuditPage filtered = log.query(filter().actor("thu-ky").unit(HTQT).build(), new PageRequest(1, 1, Order.OLDEST_FIRST));
        assertThat(positions(filtered)).containsExactly(4L);
        assertThat(filtered.total()).isEqualTo(2);
    }

    @Test
    void pagesCrossChunkBoundariesOfALongList() {
        int count = AuditPostings.CHUNK + 88;
        for (long position = 1; position <= count; position++) {
            log.record(entry(position, "2022-06-01T02:00:00Z", "ScoreSelfAssessed", CAMPAIGN, "dai-dien-htqt",
                             2022, List.of(HTQT)));
        }

        AuditPage newest = log.query(filter().type("ScoreSelfAssessed").build(), new PageRequest(0, 100, Order.NEWEST_FIRST));
        AuditPage acrossChunks = log.query(filter().type("ScoreSelfAssessed").build(), new PageRequest(5, 100, Order.OLDEST_FIRST));

        assertThat(newest.total()).isEqualTo(count);
        assertThat(positions(newest).get(0)).isEqualTo(count);
        assertThat(positions(newest).get(99)).isEqualTo(count - 99);
        assertThat(positions(acrossChunks)).hasSize(100).first().isEqualTo(501L);
        assertThat(positions(acrossChunks)).last().isEqualTo(600L);
    }

    /**
     * A node that died after writing a batch's chunks but before its heads: each head is a batch behind its chunks,
     * and the lost batch created the second chunk with its first position. The batch redelivered (larger this time)
     * sets the same positions at the same ordinals and, meeting the second chunk where it would create it, sets its
     * positions there instead: every position is listed once, in order.
     */
    @Test
    void aBatchRedeliveredAfterItsChunksButNotItsHeadsWereWrittenListsEachPositionOnce() {
        int count = AuditPostings.CHUNK + 3;
        int lostFrom = AuditPostings.CHUNK - 2;
        for (long position = 1; position <= AuditPostings.CHUNK + 1; position++) {
            log.record(sameKeys(position));
        }
        MongoCollection<Document> postings = mongo.database().getCollection(AuditLog.POSTINGS);
        for (Document head : postings.find(Filters.regex("_id", "^h\\|")).into(new ArrayList<>())) {
            String id = head.getString("_id");
            postings.replaceOne(Filters.eq("_id", id), new Document("_id", id).append("n", (long) lostFrom - 1)
                    .append("last", (long) lostFrom - 1).append("v", id + "@" + (lostFrom - 1)));
        }

        UnitOfWork<?> redelivery = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));
        ViewBatch batch = ViewBatch.openIn(redelivery);
        for (long position = lostFrom; position <= count; position++) {
            log.record(sameKeys(position));
        }
        batch.flush();
        redelivery.commit();

        List<Long> listed = new ArrayList<>();
        for (int page = 0; page * 200 < count; page++) {
            AuditPage found = log.query(filter().type("ScoreSelfAssessed").build(), new PageRequest(page, 200, Order.OLDEST_FIRST));
            assertThat(found.total()).isEqualTo(count);
            listed.addAll(positions(found));
        }
        assertThat(listed).containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
        assertThat(log.collectionChecksums()).isEqualTo(cleanlyWritten(count));
    }

    /** Chunks written before they had versions (an earlier release) are merged into, and listed as before. */
    @Test
    void chunksWrittenBeforeVersionsAreMergedIntoAndTheListsAreTheSame() {
        for (long position = 1; position <= 5; position++) {
            log.record(sameKeys(position));
        }
        mongo.database().getCollection(AuditLog.POSTINGS)
             .updateMany(Filters.regex("_id", "^c\\|"), Updates.unset("v"));

        for (long position = 6; position <= 8; position++) {
            log.record(sameKeys(position));
        }

        assertThat(positions(log.query(filter().type("ScoreSelfAssessed").build(), new PageRequest(0, 50, Order.OLDEST_FIRST))))
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(log.collectionChecksums()).isEqualTo(cleanlyWritten(8));
    }

    /**
     * An earlier release kept the lists' versions in a unique index of their own and compare-and-set filtered on the
     * version alone. A node of this release drops that index when it starts and goes on appending to the lists as they
     * are, by compare-and-set on {@code _id} and version.
     */
    @Test
    void theFormerIndexOfTheListsVersionsIsDroppedAndTheListsGoOn() {
        for (long position = 1; position <= 5; position++) {
            log.record(sameKeys(position));
        }
        MongoCollection<Document> postings = mongo.database().getCollection(AuditLog.POSTINGS);
        postings.createIndex(Indexes.ascending("v"), new IndexOptions().unique(true).sparse(true));

        AuditLog restarted = new AuditLog(mongo.database());
        for (long position = 6; position <= AuditPostings.CHUNK + 8; position++) {
            restarted.record(sameKeys(position));
        }

        assertThat(postings.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>()))
                .containsExactly("_id_");
        AuditPage all = restarted.query(filter().type("ScoreSelfAssessed").build(), new PageRequest(0, 10, Order.NEWEST_FIRST));
        assertThat(all.total()).isEqualTo(AuditPostings.CHUNK + 8);
        assertThat(positions(all).get(0)).isEqualTo(AuditPostings.CHUNK + 8L);
        assertThat(restarted.collectionChecksums()).isEqualTo(cleanlyWritten(AuditPostings.CHUNK + 8));
    }

    /** The checksums of a log that recorded positions 1..count once each, in order, one at a time. */
    private static List<RebuildableView.CollectionChecksum> cleanlyWritten(long count) {
        try (MemoryMongo other = new MemoryMongo()) {
            AuditLog clean = new AuditLog(other.database());
            for (long position = 1; position <= count; position++) {
                clean.record(sameKeys(position));
            }
            return clean.collectionChecksums();
        }
    }

    private static AuditEntry sameKeys(long position) {
        return entry(position, "2022-06-01T02:00:00Z", "ScoreSelfAssessed", CAMPAIGN, "dai-dien-htqt", 2022, List.of(HTQT));
    }

    /**
     * A batch reads the blocks its positions fall in with one query, not one per block: the blocks' reads were 6k of a
     * rebuild's round trips at 100k events (docs/benchmarks.md, "Session 16"). The entries are as recorded one by one.
     */
    @Test
    void aBatchReadsTheBlocksOfItsPositionsWithOneQuery() {
        CommandCounter blockReads = new CommandCounter("find", AuditLog.ENTRIES);
        try (MemoryMongo counted = new MemoryMongo(blockReads)) {
            AuditLog batched = new AuditLog(counted.database());
            int count = 4 * AuditBlock.SIZE;
            List<TrackedEventMessage<?>> messages = LongStream.rangeClosed(1, count).<TrackedEventMessage<?>>mapToObj(
                    position -> new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                                                                 GenericEventMessage.asEventMessage("event"))).toList();
            BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
            ViewBatchInterceptor interceptor = new ViewBatchInterceptor();

            unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
                batched.prefetchBatch();
                batched.record(sameKeys(unitOfWork.getMessage().trackingToken().position().orElseThrow()));
                return null;
            }));

            assertThat(blockReads.count()).isEqualTo(1);
            for (long position = 1; position <= count; position++) {
                log.record(sameKeys(position));
            }
            assertThat(batched.collectionChecksums()).isEqualTo(log.collectionChecksums());
        }
    }

    @Test
    void aRedeliveredEventIsNotListedTwice() {
        recordHistory();

        log.record(entry(4, "2022-12-09T02:00:00Z", "ScoreAdjusted", CAMPAIGN, "thu-ky", 2022, List.of(HTQT)));
        log.record(entry(3, "2022-12-08T16:30:00Z", "ScoreAdjusted", CAMPAIGN, "thu-ky", 2022, List.of(THADS)));

        assertThat(positions(query(filter().type("ScoreAdjusted")))).containsExactly(4L, 3L);
        assertThat(log.query(AuditFilter.none(), new PageRequest(0, 50, Order.NEWEST_FIRST)).total()).isEqualTo(6);
        assertThat(log.find(4)).get().satisfies(found -> assertThat(found.view().summary()).isEqualTo("ScoreAdjusted #4"));
    }

    @Test
    void entriesAreStoredABlockOfConsecutivePositionsToADocumentWhateverTheGapsBetweenThem() {
        List<Long> positions = List.of(1L, 2L, AuditBlock.SIZE - 1L, AuditBlock.SIZE + 0L, 3L * AuditBlock.SIZE + 5);
        positions.forEach(position -> log.record(entry(position, "2022-06-01T02:00:00Z", "ScoreSelfAssessed", CAMPAIGN,
                                                        "dai-dien-htqt", 2022, List.of(HTQT))));

        assertThat(mongo.database().getCollection(AuditLog.ENTRIES).countDocuments()).isEqualTo(3);
        assertThat(positions(log.query(AuditFilter.none(), new PageRequest(0, 50, Order.OLDEST_FIRST))))
                .containsExactlyElementsOf(positions);
        assertThat(log.find(AuditBlock.SIZE - 1L)).get().extracting(found -> found.view().summary())
                                                   .isEqualTo("ScoreSelfAssessed #" + (AuditBlock.SIZE - 1));
        assertThat(log.find(AuditBlock.SIZE - 2L)).isEmpty();
        assertThat(log.find(3L * AuditBlock.SIZE + 5)).get().extracting(found -> found.position())
                                                       .isEqualTo(3L * AuditBlock.SIZE + 5);
    }

    @Test
    void entriesAnEarlierVersionKeptOnePerDocumentAreReadUntilTheRebuild() {
        recordHistory();
        AuditEntry former = log.find(4).orElseThrow().view();
        // As an earlier version stored position 4: its own document, the JSON as a string; no block holds it.
        mongo.database().getCollection(FormerAuditEntries.NAME).insertOne(
                new Document("_id", "4").append("position", 4L).append("json", ViewJson.mapper().writeValueAsString(former)));
        mongo.database().getCollection(AuditLog.ENTRIES).updateOne(
                new Document("_id", AuditBlock.idOf(4)),
                new Document("$set", new Document("json", new Binary(ViewJson.mapper().writeValueAsBytes(
                        new AuditBlock(List.of(log.find(1).orElseThrow().view(), log.find(6).orElseThrow().view())))))));

        assertThat(log.find(4)).get().extracting(found -> found.view()).isEqualTo(former);
        assertThat(positions(query(filter().type("ScoreAdjusted")))).as("3 is in neither").containsExactly(4L);
        assertThat(positions(log.query(AuditFilter.none(), new PageRequest(0, 50, Order.NEWEST_FIRST))))
                .containsExactly(6L, 4L, 1L);
    }

    @Test
    void clearingTheLogDropsTheOnePerEntryCollectionOfTheReleaseBeforeTheBlocks() {
        mongo.database().getCollection(FormerAuditEntries.NAME).insertOne(new Document("_id", "1"));
        recordHistory();

        log.clear();

        assertThat(mongo.database().listCollectionNames().into(new ArrayList<>())).doesNotContain(FormerAuditEntries.NAME);
        assertThat(log.query(AuditFilter.none(), new PageRequest(0, 50, Order.NEWEST_FIRST)).total()).isZero();
    }

    @Test
    void badPagingAndTimeParametersAreRefusedWithStableCodes() {
        assertThatThrownBy(() -> new PageRequest(0, 201, Order.NEWEST_FIRST))
                .isInstanceOf(InvalidQueryException.class).extracting("code").isEqualTo(QueryRejectionCode.INVALID_PAGE_SIZE);
        assertThatThrownBy(() -> PageRequest.order("sideways")).extracting("code").isEqualTo(QueryRejectionCode.INVALID_ORDER);
        assertThatThrownBy(() -> AuditFilter.time("from", "9/12/2022", false)).extracting("code").isEqualTo(QueryRejectionCode.INVALID_TIME);
        assertThatThrownBy(() -> filter().from("2022-12-10").to("2022-12-09").build())
                .extracting("code").isEqualTo(QueryRejectionCode.INVALID_TIME_RANGE);
    }

    private AuditPage query(FilterBuilder filter) {
        return log.query(filter.build(), new PageRequest(0, 50, Order.NEWEST_FIRST));
    }

    private static List<Long> positions(AuditPage page) {
        return page.items().stream().map(AuditEntry::position).toList();
    }

    private static AuditEntry entry(long position, String timestamp, String type, String aggregateId, String actor,
                                    int year, List<String> units) {
        return new AuditEntry(position, Instant.parse(timestamp), "event-" + position, type,
                              "vn.thidua.ledger.events." + type, "1", "Campaign", aggregateId, position, actor,
                              List.of(), null, null, null, null, null, List.of(), CLUSTER, year, units,
                              type + " #" + position, JsonNodeFactory.instance.objectNode().put("position", position));
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    /** Named filter steps, so a test reads as the query an auditor would type. */
    private static final class FilterBuilder {
        private String cluster;
        private Integer year;
        private String unit;
        private String aggregate;
        private String actor;
        private String type;
        private String from;
        private String to;

        FilterBuilder cluster(String value) { cluster = value; return this; }
        FilterBuilder year(int value) { year = value; return this; }
        FilterBuilder unit(String value) { unit = value; return this; }
        FilterBuilder aggregate(String value) { aggregate = value; return this; }
        FilterBuilder actor(String value) { actor = value; return this; }
        FilterBuilder type(String value) { type = value; return this; }
        FilterBuilder from(String value) { from = value; return this; }
        FilterBuilder to(String value) { to = value; return this; }

        AuditFilter build() {
            return new AuditFilter(cluster, year, unit, aggregate, actor, type,
                                   AuditFilter.time("from", from, false), AuditFilter.time("to", to, true));
        }
    }
}
