package vn.thidua.ledger.query.summary;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.nomination.IllustrativeTalliesDeclared;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Conference2022Events;
import vn.thidua.ledger.query.testsupport.MemoryMongo;
import vn.thidua.ledger.query.testsupport.ProjectorFeed;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;

/**
 * Số liệu minh họa in the year summary: the campaign's declaration labels the ranking it summarises, a round's
 * declaration labels that round's winners, whatever the order of declaration and publication or closing; the live
 * projector keeps them like the as-of fold, idempotently, and a replay gives the same view.
 */
class IllustrativeSummaryTest {

    private static final ClusterIv2022Events YEAR = ClusterIv2022Events.CANONICAL;
    private static final Conference2022Events CONFERENCE = YEAR.conference();

    private final MemoryMongo mongo = new MemoryMongo();

    @AfterEach
    void close() {
        mongo.close();
    }

    /** The demo year's order: figures declared before the ranking is published, tallies before the round closes. */
    private static List<Object> demoYear() {
        return List.of(YEAR.formed(), YEAR.launched(), YEAR.illustrativeFigures(), YEAR.ranking(),
                       CONFERENCE.flagRoundOpened(), CONFERENCE.flagRoundTalliesIllustrative(),
                       CONFERENCE.flagRoundClosed(), CONFERENCE.flagProposal(), YEAR.closed());
    }

    private static YearSummaryView fold(List<Object> events) {
        YearSummaryFold.InMemory fold = new YearSummaryFold.InMemory(YearSummaryState.template(CLUSTER.value()));
        events.forEach(fold::apply);
        return YearSummaryView.of(fold.state());
    }

    @Test
    void theDemoYearsRankingAndFlagRoundAreLabelledMinhHoaWithTheirNotes() {
        YearSummaryView summary = fold(demoYear());

        assertThat(summary.illustrative().figures()).containsExactly(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING);
        assertThat(summary.illustrative().label()).isEqualTo("minh họa");
        assertThat(summary.illustrative().note()).isEqualTo(Conference2022.ILLUSTRATIVE_FIGURES_NOTE);
        assertThat(summary.rounds()).singleElement().satisfies(round -> {
            assertThat(round.closedOn()).isNotNull();
            assertThat(round.winners()).isNotEmpty();
            assertThat(round.illustrative().label()).isEqualTo("minh họa");
            assertThat(round.illustrative().note()).isEqualTo(Conference2022.ILLUSTRATIVE_TALLIES_NOTE);
        });
    }

    @Test
    void aYearWithoutDeclarationsHasNoLabel() {
        YearSummaryView summary = fold(List.of(YEAR.formed(), YEAR.launched(), YEAR.ranking(),
                                               CONFERENCE.flagRoundOpened(), CONFERENCE.flagRoundClosed()));

        assertThat(summary.illustrative()).isNull();
        assertThat(summary.rounds()).singleElement().satisfies(round -> assertThat(round.illustrative()).isNull());
    }

    @Test
    void aDeclarationAfterThePublicationOrTheClosingLabelsThemAllTheSame() {
        YearSummaryView late = fold(List.of(YEAR.formed(), YEAR.launched(), YEAR.ranking(), CONFERENCE.flagRoundOpened(),
                                            CONFERENCE.flagRoundClosed(), YEAR.illustrativeFigures(),
                                            CONFERENCE.flagRoundTalliesIllustrative()));

        assertThat(late.illustrative()).isEqualTo(fold(demoYear()).illustrative());
        assertThat(late.rounds().get(0).illustrative()).isEqualTo(fold(demoYear()).rounds().get(0).illustrative());
    }

    @Test
    void aLaterDeclarationAddsItsFiguresAndItsNoteIsTheLatestWord() {
        CampaignId campaign = YEAR.campaign();
        YearSummaryView summary = fold(List.of(YEAR.formed(), YEAR.launched(),
                new IllustrativeFiguresDeclared(campaign, 2022, List.of(IllustrativeFigure.RANKING), "Thứ hạng tập huấn"),
                new IllustrativeFiguresDeclared(campaign, 2022, List.of(IllustrativeFigure.SCORES), "Điểm tập huấn")));

        assertThat(summary.illustrative().figures()).containsExactly(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING);
        assertThat(summary.illustrative().note()).isEqualTo("Điểm tập huấn");
    }

    @Test
    void declarationsOfAnotherCampaignOrRoundLabelNothingHere() {
        CampaignId otherYear = CampaignId.of(CLUSTER, 2023);
        YearSummaryView summary = fold(List.of(YEAR.formed(), YEAR.launched(), CONFERENCE.flagRoundOpened(),
                new IllustrativeFiguresDeclared(otherYear, 2023, List.of(IllustrativeFigure.SCORES), "Năm khác"),
                new IllustrativeTalliesDeclared(new RoundId("btp-cum-iv-2023-co"), otherYear, "Năm khác"),
                new IllustrativeTalliesDeclared(new RoundId("btp-cum-iv-2022-dot-khac"), YEAR.campaign(), "Đợt khác")));

        assertThat(summary.illustrative()).isNull();
        assertThat(summary.rounds()).singleElement().satisfies(round -> assertThat(round.illustrative()).isNull());
    }

    @Test
    void theProjectorKeepsTheLabelsAsTheAsOfFoldDoesAndAReplayGivesTheSameView() {
        YearSummaryViews views = new YearSummaryViews(mongo.database());
        ProjectorFeed projector = new ProjectorFeed(new YearSummaryProjector(views));
        projector.feed(demoYear(), 1);
        YearSummaryState live = views.summaries().find(YEAR.campaign().value()).orElseThrow().view();
        String checksum = views.checksum();

        assertThat(YearSummaryView.of(live)).isEqualTo(fold(demoYear()));

        // Delivery is at least once: the declarations seen again change nothing.
        projector.handle(YEAR.illustrativeFigures(), 3);
        projector.handle(CONFERENCE.flagRoundTalliesIllustrative(), 6);
        assertThat(views.checksum()).isEqualTo(checksum);

        projector.reset();
        assertThat(views.summaries().count()).isZero();
        projector.feed(demoYear(), 1);
        assertThat(views.checksum()).isEqualTo(checksum);
    }
}
