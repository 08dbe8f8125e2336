package vn.thidua.ledger.command.campaign;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.campaign.pledge.AmendPledge;
import vn.thidua.ledger.command.campaign.pledge.RegisterPledge;
import vn.thidua.ledger.command.campaign.pledge.WithdrawPledge;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Role;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/**
 * A unit representative acts only for its own unit; the secretariat for any; nobody else at all.
 * The caller comes from the command's metadata, as the API stamps it.
 */
class WhoMayActForAUnitTest {

    private static final LocalDate IN_WINDOW = LocalDate.of(2022, 3, 1);
    private static final RegistrantId CIVIL_SERVANT = new RegistrantId("cc-0042");
    private static final String CIVIL_SERVANT_NAME = "Nguyễn Thị Minh Họa (cá nhân minh họa)";
    private static final PledgeRegistered CIVIL_SERVANT_OF_COOPERATION = new PledgeRegistered(CAMPAIGN, 2022,
            CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL, HTQT.unit(), null,
            List.of(Title.ADVANCED_WORKER), IN_WINDOW);

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource(Rules.clockOn(IN_WINDOW));
    }

    @Test
    void aRepresentativeSignsTheCovenantOfItsOwnUnit() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, HTQT.unit().id()),
                        Actors.representativeOf(HTQT.unit()))
                .expectEvents(new CovenantSigned(CAMPAIGN, 2022, HTQT.unit(), IN_WINDOW));
    }

    @Test
    void aRepresentativeCannotSignTheCovenantForAnotherUnit() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, THADS.unit().id()),
                        Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void theSecretariatSignsForAnyUnit() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, THADS.unit().id()), Actors.secretariat())
                .expectEvents(new CovenantSigned(CAMPAIGN, 2022, THADS.unit(), IN_WINDOW));
    }

    @Test
    void aVoterCannotSignTheCovenant() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, HTQT.unit().id()), Actors.voter("vu-htqt"))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aCommandWithoutACallerIsRefused() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, HTQT.unit().id()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aUnitIdWithoutTheRepresentativeRoleGrantsNothing() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, HTQT.unit().id()), Map.of(MetaDataKeys.PRINCIPAL, "x",
                        MetaDataKeys.ROLES, List.of(Role.AUDITOR.name()), MetaDataKeys.UNIT_ID, HTQT.unit().id().value()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeScoresItsOwnUnit() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, HTQT.unit().id(), DUTIES.criterionId(),
                        new BigDecimal("48")), Actors.representativeOf(HTQT.unit()))
                .expectEvents(CANONICAL.selfAssessed(HTQT.unit(), DUTIES, "48"));
    }

    @Test
    void aRepresentativeCannotScoreAnotherUnit() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, THADS.unit().id(), DUTIES.criterionId(),
                        new BigDecimal("60")), Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeRegistersAStaffMemberOfItsOwnUnit() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                        HTQT.unit().id(), null, List.of(Title.ADVANCED_WORKER)),
                        Actors.representativeOf(HTQT.unit()))
                .expectEvents(CIVIL_SERVANT_OF_COOPERATION);
    }

    @Test
    void aRepresentativeCannotRegisterAnotherUnit() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new RegisterPledge(CAMPAIGN, new RegistrantId(THADS.unit().id().value()),
                        THADS.unit().name(), RegistrantKind.UNIT, THADS.unit().id(), 120,
                        List.of(Title.ADVANCED_COLLECTIVE)), Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotAmendThePledgeOfAnotherUnitsStaff() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet(), CIVIL_SERVANT_OF_COOPERATION)
                .when(new AmendPledge(CAMPAIGN, CIVIL_SERVANT, null, List.of(Title.GRASSROOTS_EMULATION_FIGHTER)),
                        Actors.representativeOf(THADS.unit()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotWithdrawThePledgeOfAnotherUnitsStaff() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet(), CIVIL_SERVANT_OF_COOPERATION)
                .when(new WithdrawPledge(CAMPAIGN, CIVIL_SERVANT, "Không còn công tác"),
                        Actors.representativeOf(THADS.unit()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeWithdrawsThePledgeOfItsOwnStaff() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet(), CIVIL_SERVANT_OF_COOPERATION)
                .when(new WithdrawPledge(CAMPAIGN, CIVIL_SERVANT, "Chuyển công tác"),
                        Actors.representativeOf(HTQT.unit()))
                .expectEvents(new PledgeWithdrawn(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME,
                        "Chuyển công tác", IN_WINDOW));
    }
}
