package vn.thidua.ledger.command.campaign;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.CampaignFixture;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * {@link IllustrativeFiguresPolicy}: the secretariat declares which figures of a campaign are invented (the demo year's
 * points and ranking order), with a note; nobody else, never the same figures twice, nothing once the year is closed.
 */
class IllustrativeFiguresTest {

    private static final String NOTE = Conference2022.ILLUSTRATIVE_FIGURES_NOTE;

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = CampaignFixture.on(CONFERENCE);
    }

    private static DeclareIllustrativeFigures declare(IllustrativeFigure... figures) {
        return new DeclareIllustrativeFigures(CAMPAIGN, Arrays.asList(figures), NOTE);
    }

    @Test
    void theSecretariatDeclaresTheDemoYearsScoresAndRankingIllustrative() {
        fixture.given(CANONICAL.launched())
                .when(declare(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING))
                .expectEvents(CANONICAL.illustrativeFigures());
    }

    @Test
    void theFiguresAreRecordedInTheirOwnOrderWhateverOrderTheyWereNamedIn() {
        fixture.given(CANONICAL.launched())
                .when(declare(IllustrativeFigure.RANKING, IllustrativeFigure.SCORES))
                .expectEvents(CANONICAL.illustrativeFigures());
    }

    @Test
    void aLaterDeclarationAddsAFigureNotDeclaredBefore() {
        fixture.given(CANONICAL.launched(), new IllustrativeFiguresDeclared(CAMPAIGN, 2022,
                        List.of(IllustrativeFigure.SCORES), NOTE))
                .when(declare(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotDeclareTheSameFiguresTwice() {
        fixture.given(CANONICAL.launched(), CANONICAL.illustrativeFigures())
                .when(declare(IllustrativeFigure.RANKING))
                .expectException(rejectedWith(ErrorCode.FIGURES_ALREADY_DECLARED_ILLUSTRATIVE))
                .expectNoEvents();
    }

    @Test
    void aUnitRepresentativeCannotDeclareFiguresIllustrative() {
        fixture.given(CANONICAL.launched())
                .when(declare(IllustrativeFigure.SCORES), Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void anAuditorCannotDeclareFiguresIllustrative() {
        fixture.given(CANONICAL.launched())
                .when(declare(IllustrativeFigure.SCORES), Actors.auditor())
                .expectException(rejectedWith(ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aDeclarationWithoutRolesIsRefused() {
        fixture.given(CANONICAL.launched())
                .when(declare(IllustrativeFigure.SCORES), Map.of(
                        MetaDataKeys.ROLES, List.of()))
                .expectException(rejectedWith(ErrorCode.DECLARATION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aDeclarationNamesAtLeastOneFigureEachOnce() {
        fixture.given(CANONICAL.launched())
                .when(declare())
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
        fixture.given(CANONICAL.launched())
                .when(declare(IllustrativeFigure.SCORES, IllustrativeFigure.SCORES))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aDeclarationSaysWhy() {
        fixture.given(CANONICAL.launched())
                .when(new DeclareIllustrativeFigures(CAMPAIGN, List.of(IllustrativeFigure.SCORES), " "))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void nothingIsDeclaredOnceTheYearIsClosed() {
        fixture.given(CANONICAL.launched(), CANONICAL.ranking(), CANONICAL.closed())
                .when(declare(IllustrativeFigure.SCORES))
                .expectException(rejectedWith(ErrorCode.CAMPAIGN_CLOSED))
                .expectNoEvents();
    }

    @Test
    void anUnknownCampaignHasNoFiguresToDeclare() {
        fixture.givenNoPriorActivity()
                .when(new DeclareIllustrativeFigures(CampaignId.of(CANONICAL.cluster(), 2030),
                        List.of(IllustrativeFigure.SCORES), NOTE))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
