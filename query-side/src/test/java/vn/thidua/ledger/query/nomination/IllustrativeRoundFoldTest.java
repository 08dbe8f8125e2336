package vn.thidua.ledger.query.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.query.fixtures.ClusterIv.facts;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Conference2022Events;

/** The round view carries the declaration that its tallies are illustrative (số phiếu minh họa), to the closed result. */
class IllustrativeRoundFoldTest {

    private static final Conference2022Events YEAR_2022 = CANONICAL.conference();

    private static RoundView fold(NominationEvent... events) {
        RoundView state = null;
        long position = 0;
        for (NominationEvent event : events) {
            state = RoundFold.apply(state, event, facts(++position, "thu-ky"));
        }
        return state;
    }

    @Test
    void aRoundWithoutADeclarationIsNotMarked() {
        assertThat(fold(YEAR_2022.flagRoundOpened(), YEAR_2022.flagRoundClosed()).illustrative()).isNull();
    }

    @Test
    void theDemoRoundsTalliesAreMarkedMinhHoaWithTheirNoteOnceClosed() {
        RoundView view = fold(YEAR_2022.flagRoundOpened(), YEAR_2022.flagRoundTalliesIllustrative(),
                YEAR_2022.flagRoundClosed());

        assertThat(view.result().tallies()).isNotEmpty();
        assertThat(view.illustrative().label()).isEqualTo("minh họa");
        assertThat(view.illustrative().note()).isEqualTo(Conference2022.ILLUSTRATIVE_TALLIES_NOTE);
        assertThat(view.visible().illustrative()).isEqualTo(view.illustrative());
    }

    @Test
    void anOpenRoundShowsTheMarkAlreadySoItsResultIsLabelledWhenAnnounced() {
        RoundView open = fold(YEAR_2022.flagRoundOpened(), YEAR_2022.flagRoundTalliesIllustrative()).visible();

        assertThat(open.status()).isEqualTo(RoundView.Status.OPEN);
        assertThat(open.illustrative()).isNotNull();
    }

    @Test
    void aRebuildGivesTheSameView() {
        NominationEvent[] round = {YEAR_2022.flagRoundOpened(), YEAR_2022.flagRoundTalliesIllustrative(),
                YEAR_2022.flagRoundClosed()};

        assertThat(fold(round)).isEqualTo(fold(round));
    }
}
