package vn.thidua.ledger.command.campaign.pledge;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.WINDOW_CLOSES;
import static vn.thidua.ledger.fixtures.ClusterIv2022.WINDOW_OPENS;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.campaign.Campaign;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.CampaignFixture;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.PledgeAmended;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.pledge.PledgeWithdrawn;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/** Pledges are entities of the campaign: these tests drive the Campaign aggregate. */
class PledgeTest {

    private static final LocalDate IN_WINDOW = LocalDate.of(2022, 3, 1);
    private static final LocalDate TRANSCRIBED_ON = LocalDate.of(2026, 11, 26);
    private static final RegistrantId UNIT = new RegistrantId(THADS.unit().id().value());
    private static final RegistrantId CIVIL_SERVANT = new RegistrantId("cc-0042");
    private static final String CIVIL_SERVANT_NAME = "Nguyễn Thị Minh Họa (cá nhân minh họa)";

    private AggregateTestFixture<Campaign> fixtureOn(LocalDate today) {
        AggregateTestFixture<Campaign> fixture = CampaignFixture.on(today);
        return fixture;
    }

    private static RegisterPledge unitPledge(List<Title> titles) {
        return new RegisterPledge(CAMPAIGN, UNIT, THADS.unit().name(), RegistrantKind.UNIT,
                THADS.unit().id(), 120, titles);
    }

    private static RegisterPledge individualPledge(List<Title> titles) {
        return new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                HTQT.unit().id(), null, titles);
    }

    /** A paper registration of 2022 typed in later, as {@code RegistrationDate} allows for a year that is over. */
    private static RegisterPledge individualPledgeDated(LocalDate registeredOn) {
        return new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                HTQT.unit().id(), null, List.of(Title.ADVANCED_WORKER), registeredOn);
    }

    private static PledgeRegistered individualRegistered(LocalDate on) {
        return new PledgeRegistered(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                HTQT.unit(), null, List.of(Title.ADVANCED_WORKER), on);
    }

    @Test
    void aUnitRegistersForCollectiveTitlesInsideTheWindow() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(unitPledge(List.of(Title.EXCELLENT_COLLECTIVE, Title.SECTOR_EMULATION_FLAG)))
                .expectEvents(new PledgeRegistered(CAMPAIGN, 2022, UNIT, THADS.unit().name(),
                        RegistrantKind.UNIT, THADS.unit(), 120,
                        List.of(Title.EXCELLENT_COLLECTIVE, Title.SECTOR_EMULATION_FLAG), IN_WINDOW));
    }

    @Test
    void anIndividualRegistersOnTheLastDayOfTheWindow() {
        fixtureOn(WINDOW_CLOSES).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledge(List.of(Title.ADVANCED_WORKER)))
                .expectEvents(individualRegistered(WINDOW_CLOSES));
    }

    @Test
    void cannotRegisterTheDayAfterTheWindowCloses() {
        fixtureOn(WINDOW_CLOSES.plusDays(1)).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledge(List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.OUTSIDE_REGISTRATION_WINDOW))
                .expectNoEvents();
    }

    @Test
    void aPastYearsPaperRegisterIsTranscribedWithTheDateOnTheForm() {
        fixtureOn(TRANSCRIBED_ON).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledgeDated(IN_WINDOW))
                .expectEvents(individualRegistered(IN_WINDOW));
    }

    @Test
    void aUnitRepresentativeCannotTranscribeAPastYearsRegister() {
        fixtureOn(TRANSCRIBED_ON).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledgeDated(IN_WINDOW), Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.TRANSCRIPTION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aTranscribedRegistrationMustBeDatedInsideTheWindow() {
        fixtureOn(TRANSCRIBED_ON).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledgeDated(WINDOW_CLOSES.plusDays(1)))
                .expectException(rejectedWith(ErrorCode.OUTSIDE_REGISTRATION_WINDOW))
                .expectNoEvents();
    }

    @Test
    void theCurrentYearsPledgesCannotBeBackdatedIntoTheWindow() {
        fixtureOn(WINDOW_CLOSES.plusDays(1)).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledgeDated(IN_WINDOW))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aRegistrationCannotBeDatedInTheFuture() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledgeDated(IN_WINDOW.plusDays(1)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterBeforeTheWindowOpens() {
        fixtureOn(WINDOW_OPENS.minusDays(1)).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledge(List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.OUTSIDE_REGISTRATION_WINDOW))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterBeforeAWindowIsSet() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched())
                .when(individualPledge(List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.REGISTRATION_WINDOW_NOT_SET))
                .expectNoEvents();
    }

    @Test
    void cannotRegisterTwice() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW))
                .when(individualPledge(List.of(Title.GRASSROOTS_EMULATION_FIGHTER)))
                .expectException(rejectedWith(ErrorCode.PLEDGE_ALREADY_REGISTERED))
                .expectNoEvents();
    }

    @Test
    void registersAgainAfterWithdrawing() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW),
                        new PledgeWithdrawn(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME, "Nhầm đơn vị", IN_WINDOW))
                .when(individualPledge(List.of(Title.ADVANCED_WORKER)))
                .expectEvents(individualRegistered(IN_WINDOW));
    }

    @Test
    void anIndividualCannotPledgeACollectiveTitle() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledge(List.of(Title.SECTOR_EMULATION_FLAG)))
                .expectException(rejectedWith(ErrorCode.TITLE_NOT_FOR_REGISTRANT))
                .expectNoEvents();
    }

    @Test
    void aUnitCannotPledgeAPersonalTitle() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(unitPledge(List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.TITLE_NOT_FOR_REGISTRANT))
                .expectNoEvents();
    }

    @Test
    void aUnitPledgeNeedsItsStaffCount() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new RegisterPledge(CAMPAIGN, UNIT, THADS.unit().name(), RegistrantKind.UNIT,
                        THADS.unit().id(), null, List.of(Title.ADVANCED_COLLECTIVE)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void anIndividualPledgeHasNoStaffCount() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                        HTQT.unit().id(), 3, List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aPledgeNeedsAtLeastOneTitle() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(individualPledge(List.of()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aUnitRegistersOnlyItself() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new RegisterPledge(CAMPAIGN, new RegistrantId("someone-else"), THADS.unit().name(),
                        RegistrantKind.UNIT, THADS.unit().id(), 120, List.of(Title.ADVANCED_COLLECTIVE)))
                .expectException(rejectedWith(ErrorCode.INCONSISTENT_IDS))
                .expectNoEvents();
    }

    @Test
    void aRegistrantOfAUnitOutsideTheClusterCannotPledge() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                        OUTSIDER.id(), null, List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.NOT_A_CAMPAIGN_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotPledgeInAClosedCampaign() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), new CampaignClosed(CAMPAIGN, 2022, "Tổng kết", IN_WINDOW))
                .when(individualPledge(List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.CAMPAIGN_CLOSED))
                .expectNoEvents();
    }

    @Test
    void amendsThePledgedTitlesInsideTheWindow() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW))
                .when(new AmendPledge(CAMPAIGN, CIVIL_SERVANT, null,
                        List.of(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER)))
                .expectEvents(new PledgeAmended(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME, null,
                        List.of(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER), IN_WINDOW));
    }

    @Test
    void cannotAmendAfterTheWindowCloses() {
        fixtureOn(WINDOW_CLOSES.plusDays(1)).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW))
                .when(new AmendPledge(CAMPAIGN, CIVIL_SERVANT, null, List.of(Title.GRASSROOTS_EMULATION_FIGHTER)))
                .expectException(rejectedWith(ErrorCode.OUTSIDE_REGISTRATION_WINDOW))
                .expectNoEvents();
    }

    @Test
    void cannotAmendAPledgeThatDoesNotExist() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new AmendPledge(CAMPAIGN, CIVIL_SERVANT, null, List.of(Title.ADVANCED_WORKER)))
                .expectException(rejectedWith(ErrorCode.PLEDGE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotAmendAnIndividualPledgeToACollectiveTitle() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW))
                .when(new AmendPledge(CAMPAIGN, CIVIL_SERVANT, null, List.of(Title.EXCELLENT_COLLECTIVE)))
                .expectException(rejectedWith(ErrorCode.TITLE_NOT_FOR_REGISTRANT))
                .expectNoEvents();
    }

    @Test
    void withdrawsAPledgeWithAReasonEvenAfterTheWindow() {
        LocalDate late = WINDOW_CLOSES.plusDays(30);
        fixtureOn(late).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW))
                .when(new WithdrawPledge(CAMPAIGN, CIVIL_SERVANT, "Chuyển công tác"))
                .expectEvents(new PledgeWithdrawn(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME, "Chuyển công tác",
                        late));
    }

    @Test
    void cannotWithdrawWithoutAReason() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW))
                .when(new WithdrawPledge(CAMPAIGN, CIVIL_SERVANT, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAPledgeTwice() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW),
                        new PledgeWithdrawn(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME, "Nhầm", IN_WINDOW))
                .when(new WithdrawPledge(CAMPAIGN, CIVIL_SERVANT, "Lại nhầm"))
                .expectException(rejectedWith(ErrorCode.PLEDGE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void anIndividualCannotTakeTheIdOfAMemberUnit() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet())
                .when(new RegisterPledge(CAMPAIGN, UNIT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                                HTQT.unit().id(), null, List.of(Title.ADVANCED_WORKER)),
                        Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.REGISTRANT_ID_IS_A_UNIT))
                .expectNoEvents();
    }

    @Test
    void anotherUnitCannotRegisterAnIndividualWhoBelongsToAUnit() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW),
                        new PledgeWithdrawn(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME, "Nhầm", IN_WINDOW))
                .when(new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                                THADS.unit().id(), null, List.of(Title.ADVANCED_WORKER)),
                        Actors.representativeOf(THADS.unit()))
                .expectException(rejectedWith(ErrorCode.REGISTRANT_OF_ANOTHER_UNIT))
                .expectNoEvents();
    }

    @Test
    void anActivePledgeOfAnotherUnitsIndividualIsRefusedAsAnotherUnits() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW))
                .when(new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                                THADS.unit().id(), null, List.of(Title.ADVANCED_WORKER)),
                        Actors.representativeOf(THADS.unit()))
                .expectException(rejectedWith(ErrorCode.REGISTRANT_OF_ANOTHER_UNIT))
                .expectNoEvents();
    }

    @Test
    void theSecretariatMovesAWithdrawnIndividualToAnotherUnit() {
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(), individualRegistered(IN_WINDOW),
                        new PledgeWithdrawn(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME, "Chuyển công tác",
                                IN_WINDOW))
                .when(new RegisterPledge(CAMPAIGN, CIVIL_SERVANT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                        THADS.unit().id(), null, List.of(Title.ADVANCED_WORKER)))
                .expectEvents(new PledgeRegistered(CAMPAIGN, 2022, CIVIL_SERVANT, CIVIL_SERVANT_NAME,
                        RegistrantKind.INDIVIDUAL, THADS.unit(), null, List.of(Title.ADVANCED_WORKER),
                        IN_WINDOW));
    }

    @Test
    void aUnitRegistersItselfOnceAWrongIndividualPledgeUnderItsIdIsWithdrawn() {
        // A squat recorded before the rule existed: the secretariat withdraws it, then the unit pledges.
        fixtureOn(IN_WINDOW).given(CANONICAL.launched(), CANONICAL.windowSet(),
                        new PledgeRegistered(CAMPAIGN, 2022, UNIT, CIVIL_SERVANT_NAME, RegistrantKind.INDIVIDUAL,
                                HTQT.unit(), null, List.of(Title.ADVANCED_WORKER), IN_WINDOW),
                        new PledgeWithdrawn(CAMPAIGN, 2022, UNIT, CIVIL_SERVANT_NAME, "Sai mã", IN_WINDOW))
                .when(unitPledge(List.of(Title.ADVANCED_COLLECTIVE)),
                        Actors.representativeOf(THADS.unit()))
                .expectEvents(new PledgeRegistered(CAMPAIGN, 2022, UNIT, THADS.unit().name(),
                        RegistrantKind.UNIT, THADS.unit(), 120, List.of(Title.ADVANCED_COLLECTIVE),
                        IN_WINDOW));
    }
}
