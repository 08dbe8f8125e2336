package vn.thidua.ledger.query.asof;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.nomination.RoundHistory;
import vn.thidua.ledger.query.ranking.RankingHistory;
import vn.thidua.ledger.query.ranking.RankingView;
import vn.thidua.ledger.fixtures.ClusterIv2022;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.query.fixtures.ClusterIv.launched;
import static vn.thidua.ledger.query.fixtures.ClusterIv.selfAssessed;

/** Checkpoints every 4 events. */
class CheckpointerTest {

    private static final String CAMPAIGN = ClusterIv2022.CAMPAIGN.value();
    private static final Instant T0 = Instant.parse("2022-11-20T01:00:00Z");

    private final RankingHistory ranking = new RankingHistory();
    private final RoundHistory round = new RoundHistory();
    private final AsOfFixture fixture = new AsOfFixture(8, 4, List.of(ranking, round));

    @AfterEach
    void close() {
        fixture.close();
    }

    private void selfAssessments(int count) {
        for (int i = 0; i < count; i++) {
            fixture.commit(CAMPAIGN, T0.plusSeconds(i), selfAssessed(HTQT.unit(), DUTIES, Integer.toString(i)));
        }
    }

    @Test
    void everyFourthEventOfTheCampaignLeavesARankingCheckpointThatResumesAtACommitStart() {
        fixture.commit(CAMPAIGN, T0, launched());
        selfAssessments(10);

        assertThat(fixture.checkpoints.count()).isEqualTo(2);
        FoldCheckpoints.Checkpoint<RankingView> second = fixture.checkpoints.latest(CAMPAIGN, ranking, 10).orElseThrow();
        // Bucket 1 closes with sequence 7, a one-event commit: the checkpoint holds 0..6 and resumes at 7.
        assertThat(second.resume()).isEqualTo(7);
        assertThat(second.position()).isEqualTo(6);
        assertThat(second.state().draft().rows()).filteredOn(row -> row.unitId().equals(HTQT.unit().id().value()))
                .singleElement().satisfies(row -> assertThat(row.total()).isEqualByComparingTo("5"));
    }

    /** The events were just given to the stream index: only where commits start is read, not the events again. */
    @Test
    void aCheckpointFoldsTheEventsItWasJustGivenWithoutReadingThemBack() {
        fixture.commit(CAMPAIGN, T0, launched());
        selfAssessments(10);

        assertThat(fixture.checkpoints.count()).isEqualTo(2);
        assertThat(fixture.eventReads).isZero();
    }

    /** A node that starts mid-bucket holds too few of its events, reads them, and writes the very same checkpoints. */
    @Test
    void afterARestartTheEventsNotHeldAreReadAndTheCheckpointsAreTheSame() {
        fixture.commit(CAMPAIGN, T0, launched());
        selfAssessments(5);
        fixture.restart();
        selfAssessments(5);

        assertThat(fixture.eventReads).isEqualTo(1);
        try (AsOfFixture neverRestarted = new AsOfFixture(8, 4, List.of(ranking, round))) {
            neverRestarted.commit(CAMPAIGN, T0, launched());
            for (int i = 0; i < 5; i++) {
                neverRestarted.commit(CAMPAIGN, T0.plusSeconds(i), selfAssessed(HTQT.unit(), DUTIES, Integer.toString(i)));
            }
            for (int i = 0; i < 5; i++) {
                neverRestarted.commit(CAMPAIGN, T0.plusSeconds(i), selfAssessed(HTQT.unit(), DUTIES, Integer.toString(i)));
            }
            assertThat(fixture.checkpoints.checksum()).isEqualTo(neverRestarted.checkpoints.checksum());
            assertThat(neverRestarted.eventReads).isZero();
        }
    }

    /**
     * The next bucket starts from the checkpoints saved last, held in memory, not read back: with bucket 0's document
     * gone, bucket 1's is still written, and is the one a full fold gives.
     */
    @Test
    void theNextBucketStartsFromTheCheckpointSavedLastWithoutReadingItBack() {
        fixture.commit(CAMPAIGN, T0, launched());
        selfAssessments(3);
        fixture.mongo.database().getCollection(FoldCheckpoints.NAME).deleteMany(new org.bson.Document());
        selfAssessments(4);

        FoldCheckpoints.Checkpoint<RankingView> second = fixture.checkpoints.latest(CAMPAIGN, ranking, 7).orElseThrow();
        assertThat(second.resume()).isEqualTo(7);
        assertThat(second.state()).isEqualTo(fixture.reader.fold(new AsOf.Position(6), CAMPAIGN, ranking).orElseThrow().view());
    }

    @Test
    void aCommitAcrossTheEndOfABucketMovesTheCheckpointBackToItsStart() {
        fixture.commit(CAMPAIGN, T0, launched());
        fixture.commit(CAMPAIGN, T0, selfAssessed(HTQT.unit(), DUTIES, "1"));
        fixture.commit(CAMPAIGN, T0, selfAssessed(HTQT.unit(), DUTIES, "2"), selfAssessed(HTQT.unit(), DUTIES, "3"),
                       selfAssessed(HTQT.unit(), DUTIES, "4"));

        FoldCheckpoints.Checkpoint<RankingView> first = fixture.checkpoints.latest(CAMPAIGN, ranking, 4).orElseThrow();

        assertThat(first.resume()).isEqualTo(2);
        assertThat(fixture.reader.fold(new AsOf.Position(4), CAMPAIGN, ranking).orElseThrow().position()).isEqualTo(4);
    }

    @Test
    void aFirstCommitLongerThanABucketStillStartsTheChain() {
        fixture.commit(CAMPAIGN, T0, launched(), selfAssessed(HTQT.unit(), DUTIES, "1"), selfAssessed(HTQT.unit(), DUTIES, "2"),
                       selfAssessed(HTQT.unit(), DUTIES, "3"), selfAssessed(HTQT.unit(), DUTIES, "4"));
        selfAssessments(4);

        FoldCheckpoints.Checkpoint<RankingView> second = fixture.checkpoints.latest(CAMPAIGN, ranking, 8).orElseThrow();

        assertThat(second.resume()).isEqualTo(7);
        assertThat(second.state()).isNotNull();
    }

    /** Written every 4 events, read as if every 2: bucket 1 resumes at 7 (past a cut at 5), bucket 0 at 3. */
    @Test
    void aCheckpointThatResumesPastTheCutIsNeverUsed() {
        fixture.commit(CAMPAIGN, T0, launched());
        selfAssessments(10);

        FoldCheckpoints everyTwo = new FoldCheckpoints(fixture.mongo.database(), 2);

        assertThat(everyTwo.latest(CAMPAIGN, ranking, 5)).hasValueSatisfying(c -> assertThat(c.resume()).isEqualTo(3));
        assertThat(everyTwo.latest(CAMPAIGN, ranking, 1)).isEmpty();
    }

    @Test
    void aViewThatIsNotAFoldOfTheAggregateGetsNoCheckpoints() {
        fixture.commit(CAMPAIGN, T0, launched());
        selfAssessments(10);

        assertThat(fixture.checkpoints.latest(CAMPAIGN, round, 10)).isEmpty();
        assertThat(fixture.reader.fold(new AsOf.Position(1_000), CAMPAIGN, round)).isEmpty();
    }
}
