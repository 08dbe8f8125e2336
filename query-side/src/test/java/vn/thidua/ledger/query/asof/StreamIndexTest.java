package vn.thidua.ledger.query.asof;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.ranking.RankingHistory;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.query.view.ViewHoldings;

import java.time.Instant;
import java.util.Map;
import java.util.function.IntConsumer;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.query.fixtures.ClusterIv.launched;
import static vn.thidua.ledger.query.fixtures.ClusterIv.selfAssessed;

/** The stream index in chunks of 4 (checkpoints every 4 events): cuts, directory, duplicates. */
class StreamIndexTest {

    private static final String CAMPAIGN = ClusterIv2022.CAMPAIGN.value();
    private static final String OTHER = "btp-cum-v-2022";
    private static final Instant T0 = Instant.parse("2022-11-20T01:00:00Z");

    private final AsOfFixture fixture = sameShape();

    /** A store and stream index shaped as {@link #fixture}: chunks and buckets of 4, the ranking's history folded. */
    private static AsOfFixture sameShape() {
        return new AsOfFixture(4, 4, java.util.List.of(new RankingHistory()));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** Campaign sequences 0..9 at global 0,2,4,..,18 (another aggregate in between), stamped T0 + s minutes. */
    private void tenEventsInterleaved() {
        fixture.commit(CAMPAIGN, T0, launched());
        fixture.commit(OTHER, T0, "other 0");
        for (int s = 1; s < 10; s++) {
            fixture.commit(CAMPAIGN, T0.plusSeconds(60L * s), selfAssessed(HTQT.unit(), DUTIES, Integer.toString(s)));
            fixture.commit(OTHER, T0.plusSeconds(60L * s), "other " + s);
        }
    }

    /** The campaign's self-assessment {@code s}, stamped T0 + s minutes, appended to {@code target}, not indexed. */
    private static void selfAssessment(AsOfFixture target, int s) {
        target.append(CAMPAIGN, T0.plusSeconds(60L * s), selfAssessed(HTQT.unit(), DUTIES, Integer.toString(s)));
    }

    /** The events of {@link #tenEventsInterleaved}, appended to {@code target}, not indexed; {@code afterPair} after each. */
    private static void appendTenInterleaved(AsOfFixture target, IntConsumer afterPair) {
        target.append(CAMPAIGN, T0, launched());
        target.append(OTHER, T0, "other 0");
        for (int s = 1; s < 10; s++) {
            selfAssessment(target, s);
            target.append(OTHER, T0.plusSeconds(60L * s), "other " + s);
            afterPair.accept(s);
        }
    }

    @Test
    void aPositionCutsTheStreamAfterItsLastEventAtOrBelowIt() {
        tenEventsInterleaved();

        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(0))).isZero();
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(7))).isEqualTo(3);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(8))).isEqualTo(4);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(15))).isEqualTo(7);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(1_000))).isEqualTo(9);
        assertThat(fixture.index.cut(OTHER, new AsOf.Position(0))).isEqualTo(-1);
        assertThat(fixture.index.cut("no-such-aggregate", new AsOf.Position(1_000))).isEqualTo(-1);
    }

    @Test
    void anInstantCutsTheStreamBeforeItsFirstEventStampedAfterIt() {
        tenEventsInterleaved();

        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.At(T0.minusNanos(1)))).isEqualTo(-1);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.At(T0))).isZero();
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.At(T0.plusSeconds(4 * 60 + 59)))).isEqualTo(4);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.At(T0.plusSeconds(8 * 60)))).isEqualTo(8);
    }

    /** A clock that went back: only a prefix of the stream counts, so the answer is a state the campaign really had. */
    @Test
    void anEventStampedBeforeTheInstantButAfterALaterStampedOneDoesNotCount() {
        fixture.commit(CAMPAIGN, T0, launched());
        fixture.commit(CAMPAIGN, T0.plusSeconds(120), selfAssessed(HTQT.unit(), DUTIES, "50"));
        fixture.commit(CAMPAIGN, T0.plusSeconds(60), selfAssessed(HTQT.unit(), DUTIES, "55"));

        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.At(T0.plusSeconds(90)))).isZero();
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.At(T0.plusSeconds(120)))).isEqualTo(2);
    }

    @Test
    void aFullChunkLeavesItsBoundInTheDirectory() {
        tenEventsInterleaved();

        Document directory = fixture.mongo.database().getCollection(StreamIndex.NAME)
                                          .find(Filters.eq("_id", CAMPAIGN + "#d0")).first();

        assertThat(directory).containsKeys("c0", "c1").doesNotContainKey("c2");
        assertThat(directory.get("c1", Document.class))
                .containsEntry("s", 7L).containsEntry("g", 14L).containsEntry("t", T0.plusSeconds(7 * 60).toString());
    }

    /** A bound lost (a crash between a chunk's last entry and its bound): a cut is slower, not different. */
    @Test
    void withoutItsDirectoryAnIndexCutsTheSame() {
        tenEventsInterleaved();
        fixture.mongo.database().getCollection(StreamIndex.NAME).deleteOne(Filters.eq("_id", CAMPAIGN + "#d0"));

        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(15))).isEqualTo(7);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(16))).isEqualTo(8);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.At(T0.plusSeconds(3 * 60)))).isEqualTo(3);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(1_000))).isEqualTo(9);
    }

    /** Sequences inside chunks (of 4) at both ends: exactly those, each with its global index, in sequence order. */
    @Test
    void theGlobalIndexesOfARangeAreThoseOfItsSequencesOnly() {
        tenEventsInterleaved();

        assertThat(fixture.index.globalIndexes(CAMPAIGN, 2, 6)).containsExactly(
                Map.entry(2L, 4L), Map.entry(3L, 6L), Map.entry(4L, 8L),
                Map.entry(5L, 10L), Map.entry(6L, 12L));
        assertThat(fixture.index.globalIndexes(CAMPAIGN, 9, 20)).containsExactly(Map.entry(9L, 18L));
        assertThat(fixture.index.globalIndexes(OTHER, 10, 12)).isEmpty();
    }

    /** Delivery is at-least-once and two nodes may both write: the same entry may sit twice in a chunk. */
    @Test
    void aDuplicateEntryIsReadOnceAndAnAsOfReadStillAnswers() {
        tenEventsInterleaved();
        fixture.mongo.database().getCollection(StreamIndex.NAME).updateOne(Filters.eq("_id", CAMPAIGN + "#e1"),
                Updates.push("e", new Document("s", 5L).append("g", 10L).append("t", T0.plusSeconds(300).toString())));

        assertThat(fixture.index.globalIndexes(CAMPAIGN, 0, 9)).hasSize(10);
        assertThat(fixture.index.cut(CAMPAIGN, new AsOf.Position(10))).isEqualTo(5);
        assertThat(fixture.reader.fold(new AsOf.Position(10), CAMPAIGN, new RankingHistory()))
                .hasValueSatisfying(ranking -> assertThat(ranking.position()).isEqualTo(10));
        assertThat(fixture.reader.read(new AsOf.Position(10), java.util.List.of(CAMPAIGN))).hasSize(6);
    }

    @Test
    void aRepeatedDeliveryChangesNothing() {
        tenEventsInterleaved();
        String before = fixture.index.checksum();

        fixture.redeliver(CAMPAIGN, 7);
        fixture.redeliver(CAMPAIGN, 8);
        fixture.redeliver(OTHER, 3);

        assertThat(fixture.index.checksum()).isEqualTo(before);
    }

    /** A processor batch writes each touched chunk once, when it ends, and leaves what events one by one leave. */
    @Test
    void eventsIndexedInOneBatchLeaveWhatTheyLeaveOneByOne() {
        tenEventsInterleaved();
        try (AsOfFixture batched = sameShape()) {
            appendTenInterleaved(batched, s -> { });
            batched.deliverInOneBatch(() -> assertThat(batched.index.collectionChecksums())
                    .extracting(c -> c.documents()).containsExactly(0L, 0L));

            assertThat(batched.index.collectionChecksums()).isEqualTo(fixture.index.collectionChecksums());
            assertThat(batched.index.cut(CAMPAIGN, new AsOf.Position(15))).isEqualTo(7);
        }
    }

    /**
     * A rebuild's windows append their entries without the set's check ({@code $push}) and leave what events indexed
     * one by one leave: the same chunks, bounds and checkpoints. The first window ends inside a chunk, so the second
     * fills a chunk the first began, and its bound is read back.
     */
    @Test
    void aRebuildsWindowsLeaveWhatEventsOneByOneLeave() {
        tenEventsInterleaved();
        try (AsOfFixture rebuilt = sameShape()) {
            ViewHoldings holdings = new ViewHoldings();
            appendTenInterleaved(rebuilt, s -> {
                if (s == 5) {
                    rebuilt.deliverInOneRebuildWindow(holdings, () -> { });
                }
            });
            rebuilt.deliverInOneRebuildWindow(holdings, () -> { });

            assertThat(rebuilt.index.collectionChecksums()).isEqualTo(fixture.index.collectionChecksums());
            assertThat(rebuilt.index.cut(CAMPAIGN, new AsOf.Position(15))).isEqualTo(7);
        }
    }

    /**
     * An event handed twice to one window of a rebuild is written once: the window appends without the set's check, so
     * it is the batch that merges the repeat, by sequence.
     */
    @Test
    void anEventTwiceInOneRebuildWindowIsWrittenOnce() {
        tenEventsInterleaved();
        try (AsOfFixture rebuilt = sameShape()) {
            appendTenInterleaved(rebuilt, s -> { });
            rebuilt.deliverInOneRebuildWindow(new ViewHoldings(), () -> rebuilt.redeliver(CAMPAIGN, 6));

            assertThat(rebuilt.index.collectionChecksums()).isEqualTo(fixture.index.collectionChecksums());
        }
    }

    /**
     * A batch that holds every entry of a chunk it fills takes the chunk's bound from them, without reading the chunk
     * back (nearly every chunk of a rebuild); a chunk an earlier batch began is read back once written.
     */
    @Test
    void aChunkFilledWithinOneBatchIsNotReadBackForItsBound() {
        try (AsOfFixture batched = sameShape()) {
            batched.append(CAMPAIGN, T0, launched());
            for (int s = 1; s < 8; s++) {
                selfAssessment(batched, s);
                if (s == 5) {
                    batched.indexReads.reset();
                    batched.deliverInOneBatch(() -> { });
                    assertThat(batched.indexReads.count()).as("chunk 0, all in the batch").isZero();
                }
            }
            batched.indexReads.reset();
            batched.deliverInOneBatch(() -> { });

            assertThat(batched.indexReads.count()).as("chunk 1, begun by the batch before").isEqualTo(1);
            Document directory = batched.mongo.database().getCollection(StreamIndex.NAME)
                                               .find(Filters.eq("_id", CAMPAIGN + "#d0")).first();
            assertThat(directory.get("c0", Document.class)).containsEntry("s", 3L).containsEntry("g", 3L);
            assertThat(directory.get("c1", Document.class))
                    .containsEntry("s", 7L).containsEntry("g", 7L).containsEntry("t", T0.plusSeconds(7 * 60).toString());
        }
    }

    /**
     * A batch writes its entries, the bounds of the chunks it fills and its checkpoints with one write each, and looks
     * up where the commits of the buckets it closes start with one lookup for all of them: one round trip per bound,
     * per checkpoint and per closed bucket were 9k of a rebuild's at 100k events (docs/benchmarks.md, "Session 16").
     */
    @Test
    void aBatchWritesItsEntriesBoundsAndCheckpointsInThreeRoundTripsAndLooksUpCommitStartsOnce() {
        try (AsOfFixture batched = sameShape()) {
            batched.append(CAMPAIGN, T0, launched());
            for (int s = 1; s < 10; s++) {
                selfAssessment(batched, s);
                batched.append(OTHER, T0.plusSeconds(60L * s), "other " + s);
            }
            batched.updates.reset();

            batched.deliverInOneBatch(() -> { });

            assertThat(batched.updates.count()).isEqualTo(3);
            assertThat(batched.commitStartLookups).isEqualTo(1);
            assertThat(batched.commitStartReads).as("four buckets closed, none looked up alone").isZero();
            assertThat(batched.index.cut(CAMPAIGN, new AsOf.Position(15))).isEqualTo(8);
            assertThat(batched.checkpoints.count()).isEqualTo(2);
        }
    }

    /**
     * A batch's checkpoints are written when it ends; an aggregate that closes two buckets in one batch, with more
     * aggregates closing theirs in between than the checkpointer keeps in memory (64), finds its first bucket's
     * checkpoint in the store all the same, and the checkpoints are those of events indexed one at a time.
     */
    @Test
    void checkpointsOfOneBatchAreThoseOfOneEventAtATimeWhenAnAggregateLeavesTheOnesKeptInMemory() {
        try (AsOfFixture oneByOne = sameShape();
             AsOfFixture batched = sameShape()) {
            for (int s = 0; s < 9; s++) {
                for (int aggregate = 0; aggregate < 70; aggregate++) {
                    Object payload = s == 0 ? launched() : selfAssessed(HTQT.unit(), DUTIES, Integer.toString(s));
                    oneByOne.commit("campaign-" + aggregate, T0.plusSeconds(60L * s), payload);
                    batched.append("campaign-" + aggregate, T0.plusSeconds(60L * s), payload);
                }
            }

            batched.deliverInOneBatch(() -> { });

            assertThat(oneByOne.checkpoints.count()).isEqualTo(140);
            assertThat(batched.checkpoints.count()).isEqualTo(oneByOne.checkpoints.count());
            assertThat(batched.checkpoints.checksum()).isEqualTo(oneByOne.checkpoints.checksum());
        }
    }

    /**
     * A commit across a bucket's start (sequences 2 to 5, with buckets of 4) makes the next checkpoint resume before the
     * span the batch looked up: that bucket's commit starts are looked up alone, and the checkpoints are those of events
     * indexed one at a time.
     */
    @Test
    void aCommitAcrossABucketsStartIsLookedUpAloneAndGivesTheCheckpointsOfOneEventAtATime() {
        try (AsOfFixture oneByOne = sameShape();
             AsOfFixture batched = sameShape()) {
            for (AsOfFixture fixture : java.util.List.of(oneByOne, batched)) {
                fixture.append(CAMPAIGN, T0, launched());
                fixture.append(CAMPAIGN, T0.plusSeconds(60), selfAssessed(HTQT.unit(), DUTIES, "1"));
                fixture.append(CAMPAIGN, T0.plusSeconds(120), java.util.stream.IntStream.rangeClosed(2, 5)
                        .mapToObj(s -> selfAssessed(HTQT.unit(), DUTIES, Integer.toString(s))).toArray());
                for (int s = 6; s < 10; s++) {
                    selfAssessment(fixture, s);
                }
            }
            oneByOne.deliver();

            batched.deliverInOneBatch(() -> { });

            assertThat(batched.commitStartLookups).isEqualTo(1);
            assertThat(batched.commitStartReads).as("the bucket after the long commit").isEqualTo(1);
            assertThat(oneByOne.checkpoints.count()).isEqualTo(2);
            assertThat(batched.checkpoints.checksum()).isEqualTo(oneByOne.checkpoints.checksum());
        }
    }

    /** Per aggregate 3 chunks and a directory block; 2 ranking checkpoints of the campaign. */
    @Test
    void theViewCoversTheIndexAndTheCheckpointsAndClearingEmptiesBoth() {
        tenEventsInterleaved();

        assertThat(fixture.index.collections()).containsExactly(StreamIndex.NAME, FoldCheckpoints.NAME);
        assertThat(fixture.index.collectionChecksums()).extracting(c -> c.documents()).containsExactly(8L, 2L);

        fixture.index.clear();

        assertThat(fixture.index.collectionChecksums()).extracting(c -> c.documents()).containsExactly(0L, 0L);
    }
}
