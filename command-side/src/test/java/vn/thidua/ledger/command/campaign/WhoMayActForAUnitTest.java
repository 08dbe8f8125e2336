package vn.thidua.ledger.command.campaign;

import static vn.thidua.ledger.command.fixtures.Campaign2022.CAMPAIGN;
import static vn.thidua.ledger.command.fixtures.Campaign2022.DUTIES;
import static vn.thidua.ledger.command.fixtures.Campaign2022.launched;
import static vn.thidua.ledger.command.fixtures.Campaign2022.selfAssessed;
import static vn.thidua.ledger.command.fixtures.Campaign2022.windowSet;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CIVIL_JUDGMENT_ENFORCEMENT;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.INTERNATIONAL_COOPERATION;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;

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
            CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL, INTERNATIONAL_COOPERATION, null,
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
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, INTERNATIONAL_COOPERATION.id()),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectEvents(new CovenantSigned(CAMPAIGN, 2022, INTERNATIONAL_COOPERATION, IN_WINDOW));
    }

    @Test
    void aRepresentativeCannotSignTheCovenantForAnotherUnit() {
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, CIVIL_JUDGMENT_ENFORCEMENT.id()),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void theSecretariatSignsForAnyUnit() {
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, CIVIL_JUDGMENT_ENFORCEMENT.id()), Actors.secretariat())
                .expectEvents(new CovenantSigned(CAMPAIGN, 2022, CIVIL_JUDGMENT_ENFORCEMENT, IN_WINDOW));
    }

    @Test
    void aVoterCannotSignTheCovenant() {
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, INTERNATIONAL_COOPERATION.id()), Actors.voter("vu-htqt"))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aCommandWithoutACallerIsRefused() {
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, INTERNATIONAL_COOPERATION.id()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aUnitIdWithoutTheRepresentativeRoleGrantsNothing() {
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, INTERNATIONAL_COOPERATION.id()), Map.of(MetaDataKeys.PRINCIPAL, "x",
                        MetaDataKeys.ROLES, List.of(Role.AUDITOR.name()), MetaDataKeys.UNIT_ID, INTERNATIONAL_COOPERATION.id().value()))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeScoresItsOwnUnit() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, INTERNATIONAL_COOPERATION.id(), DUTIES.criterionId(),
                        new BigDecimal("48")), Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectEvents(selfAssessed(INTERNATIONAL_COOPERATION, DUTIES, "48"));
    }

    @Test
    void aRepresentativeCannotScoreAnotherUnit() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, CIVIL_JUDGMENT_ENFORCEMENT.id(), DUTIES.criterionId(),
                        new BigDecimal("60")), Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeRegistersAStaffMemberOfItsOwnUnit() {
        fixture.given(launched(), windowSet())
                .when(new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                        INTERNATIONAL_COOPERATION.id(), null, List.of(Title.ADVANCED_WORKER)),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectEvents(CIVIL_SERVANT_OF_COOPERATION);
    }

    @Test
    void aRepresentativeCannotRegisterAnotherUnit() {
        fixture.given(launched(), windowSet())
                .when(new RegisterPledge(CAMPAIGN, new RegistrantId(CIVIL_JUDGMENT_ENFORCEMENT.id().value()),
                        CIVIL_JUDGMENT_ENFORCEMENT.name(), RegistrantKind.UNIT, CIVIL_JUDGMENT_ENFORCEMENT.id(), 120,
                        List.of(Title.ADVANCED_COLLECTIVE)), Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotAmendThePledgeOfAnotherUnitsStaff() {
        fixture.given(launched(), windowSet(), CIVIL_SERVANT_OF_COOPERATION)
                .when(new AmendPledge(CAMPAIGN, CIVIL_SERVANT, null, List.of(Title.GRASSROOTS_EMULATION_FIGHTER)),
                        Actors.representativeOf(CIVIL_JUDGMENT_ENFORCEMENT))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeCannotWithdrawThePledgeOfAnotherUnitsStaff() {
        fixture.given(launched(), windowSet(), CIVIL_SERVANT_OF_COOPERATION)
                .when(new WithdrawPledge(CAMPAIGN, CIVIL_SERVANT, "Không còn công tác"),
                        Actors.representativeOf(CIVIL_JUDGMENT_ENFORCEMENT))
                .expectException(rejectedWith(ErrorCode.NOT_ACTING_FOR_UNIT))
                .expectNoEvents();
    }

    @Test
    void aRepresentativeWithdrawsThePledgeOfItsOwnStaff() {
        fixture.given(launched(), windowSet(), CIVIL_SERVANT_OF_COOPERATION)
                .when(new WithdrawPledge(CAMPAIGN, CIVIL_SERVANT, "Chuyển công tác"),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectEvents(new PledgeWithdrawn(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME,
                        "Chuyển công tác", IN_WINDOW));
    }
}
