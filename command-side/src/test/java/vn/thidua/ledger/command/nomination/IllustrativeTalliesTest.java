package vn.thidua.ledger.command.nomination;

import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_ROUND;
import static vn.thidua.ledger.fixtures.Conference2022.ILLUSTRATIVE_TALLIES_NOTE;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.fixtures.Conference2022Events;

/**
 * {@link IllustrativeTalliesPolicy}: the secretariat declares a round's ballots, and so its tallies, illustrative (the
 * demo's flag round: the article names the winners, not the votes), once, with a note, while the round is open.
 */
class IllustrativeTalliesTest {

    private static final Conference2022Events YEAR_2022 = CANONICAL.conference();

    private AggregateTestFixture<NominationRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(NominationRound.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource(Rules.clockOn(CONFERENCE));
        fixture.registerInjectableResource(RoundKeysForTests.GENERATOR);
        fixture.registerInjectableResource(new InMemoryRoundKeyVault());
    }

    private static DeclareIllustrativeTallies declare() {
        return new DeclareIllustrativeTallies(FLAG_ROUND, ILLUSTRATIVE_TALLIES_NOTE);
    }

    @Test
    void theSecretariatDeclaresTheFlagRoundsTalliesIllustrative() {
        fixture.given(flagRoundOpened())
                .when(declare(), Actors.secretariat())
                .expectEvents(YEAR_2022.flagRoundTalliesIllustrative());
    }

    @Test
    void cannotDeclareTheTalliesTwice() {
        fixture.given(flagRoundOpened(), YEAR_2022.flagRoundTalliesIllustrative())
                .when(declare(), Actors.secretariat())
                .expectException(rejectedWith(ErrorCode.FIGURES_ALREADY_DECLARED_ILLUSTRATIVE))
                .expectNoEvents();
    }

    @Test
    void aUnitRepresentativeCannotDeclareTheTalliesIllustrative() {
        fixture.given(flagRoundOpened())
                .when(declare(), Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aVoterCannotDeclareTheTalliesIllustrative() {
        fixture.given(flagRoundOpened())
                .when(declare(), Actors.voter("bieu-quyet-1"))
                .expectException(rejectedWith(ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aDeclarationWithoutACallerIsRefused() {
        fixture.given(flagRoundOpened())
                .when(declare())
                .expectException(rejectedWith(ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aDeclarationSaysWhy() {
        fixture.given(flagRoundOpened())
                .when(new DeclareIllustrativeTallies(FLAG_ROUND, ""), Actors.secretariat())
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aClosedRoundAcceptsNoDeclaration() {
        fixture.given(flagRoundOpened(), YEAR_2022.flagRoundClosed())
                .when(declare(), Actors.secretariat())
                .expectException(rejectedWith(ErrorCode.ROUND_CLOSED))
                .expectNoEvents();
    }

    @Test
    void anUnknownRoundHasNoTalliesToDeclare() {
        fixture.givenNoPriorActivity()
                .when(new DeclareIllustrativeTallies(new RoundId("khong-co-dot-nay"), ILLUSTRATIVE_TALLIES_NOTE),
                        Actors.secretariat())
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
