package vn.thidua.ledger.query.ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.query.fixtures.ClusterIv.facts;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * The ranking view carries the campaign's declaration of illustrative figures (số liệu minh họa): the figures, the
 * note, the label the pages show, and the position that versions what the published ranking shows.
 */
class IllustrativeRankingFoldTest {

    private static RankingView fold(CampaignEvent... events) {
        RankingView state = null;
        long position = 0;
        for (CampaignEvent event : events) {
            state = RankingFold.apply(state, event, facts(++position, "thu-ky"));
        }
        return state;
    }

    @Test
    void aRankingWithoutADeclarationIsNotMarked() {
        RankingView view = fold(CANONICAL.launched(), CANONICAL.ranking());

        assertThat(view.illustrative()).isNull();
        assertThat(view.publishedVersion()).isEqualTo(view.published().position());
    }

    @Test
    void theDemoYearsScoresAndRankingAreMarkedMinhHoaWithTheirNote() {
        RankingView view = fold(CANONICAL.launched(), CANONICAL.illustrativeFigures(), CANONICAL.ranking());

        assertThat(view.illustrative().figures())
                .containsExactly(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING);
        assertThat(view.illustrative().label()).isEqualTo("minh họa");
        assertThat(view.illustrative().note()).isEqualTo(Conference2022.ILLUSTRATIVE_FIGURES_NOTE);
        assertThat(view.illustrative().position()).isEqualTo(2L);
        assertThat(view.publishedVersion()).isEqualTo(3L);
    }

    @Test
    void aDeclarationAfterPublicationIsANewVersionOfThePublishedRanking() {
        RankingView view = fold(CANONICAL.launched(), CANONICAL.ranking(), CANONICAL.illustrativeFigures());

        assertThat(view.published().position()).isEqualTo(2L);
        assertThat(view.publishedVersion()).isEqualTo(3L);
    }

    @Test
    void aLaterDeclarationAddsItsFiguresAndItsNoteIsTheLatestWord() {
        RankingView view = fold(CANONICAL.launched(),
                new IllustrativeFiguresDeclared(CAMPAIGN, 2022, List.of(IllustrativeFigure.RANKING), "Thứ hạng giả định"),
                new IllustrativeFiguresDeclared(CAMPAIGN, 2022, List.of(IllustrativeFigure.SCORES), "Điểm giả định"));

        assertThat(view.illustrative().figures())
                .containsExactly(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING);
        assertThat(view.illustrative().note()).isEqualTo("Điểm giả định");
        assertThat(view.illustrative().position()).isEqualTo(3L);
    }

    @Test
    void theMarkSurvivesTheCloseAndARebuildGivesTheSameView() {
        CampaignEvent[] year = {CANONICAL.launched(), CANONICAL.illustrativeFigures(), CANONICAL.ranking(),
                CANONICAL.closed()};

        RankingView view = fold(year);

        assertThat(view.closed()).isTrue();
        assertThat(view.illustrative()).isNotNull();
        assertThat(fold(year)).isEqualTo(view);
    }

    @Test
    void theReportOfEitherTableCarriesTheMark() {
        RankingView view = fold(CANONICAL.launched(), CANONICAL.illustrativeFigures(), CANONICAL.ranking());

        assertThat(RankingReport.of(view, view.published()).illustrative()).isEqualTo(view.illustrative());
        assertThat(RankingReport.of(view, view.draft()).illustrative()).isEqualTo(view.illustrative());
    }
}
