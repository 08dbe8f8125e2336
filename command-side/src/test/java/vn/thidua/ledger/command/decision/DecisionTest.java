package vn.thidua.ledger.command.decision;

import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.fixtures.Snapshots;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CIVIL_JUDGMENT_ENFORCEMENT;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.GENERAL_ISSUES_ON_LAW_MAKING;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.ILLUSTRATIVE_A;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.INTERNATIONAL_COOPERATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.NAME;
import static vn.thidua.ledger.command.fixtures.Nominations2022.CONFERENCE;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRule;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.ProposalCap;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;

/** Decision numbers and signatories are illustrative. */
class DecisionTest {

    private static final String PROPOSAL_NUMBER = "15/TTr-CTĐ IV";
    private static final String AWARD_NUMBER = "120/QĐ-BTP";
    private static final String APPOINTMENT_NUMBER = "3456/QĐ-BTP";
    private static final String SIGNER = "Thứ trưởng Bộ Tư pháp (minh họa)";
    private static final Recipient ENFORCEMENT = recipient(CIVIL_JUDGMENT_ENFORCEMENT);
    private static final Recipient LAW_MAKING = recipient(GENERAL_ISSUES_ON_LAW_MAKING);
    private static final List<Recipient> WINNERS = List.of(ENFORCEMENT, LAW_MAKING);

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(Rules.CATALOG);
    }

    private static IssueCommendationDecision commendation(String number, CommendationKind kind, Title title,
                                                          List<Recipient> recipients, Integer leading) {
        return new IssueCommendationDecision(number, CONFERENCE, SIGNER, kind, title, 2022, FLAG_ROUND,
                flagRule().rule(), WINNERS, recipients.stream().map(Recipient::registrantId).toList(), leading);
    }

    private static CommendationDecided decided(String number, CommendationKind kind, Title title,
                                               List<Recipient> recipients, ProposalCap cap) {
        return new CommendationDecided(DecisionId.ofNumber(number), number, CONFERENCE, SIGNER, kind, title, 2022,
                FLAG_ROUND, flagRule().rule(), recipients, cap);
    }

    private static CommendationDecided awarded() {
        return decided(AWARD_NUMBER, CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null);
    }

    @Test
    void proposesTheRoundWinnersForTheSectorFlag() {
        fixture.givenNoPriorActivity()
                .when(commendation(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .expectEvents(decided(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG, WINNERS,
                        null));
    }

    @Test
    void cannotRecordTheSameDecisionNumberTwice() {
        fixture.given(awarded())
                .when(commendation(AWARD_NUMBER, CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void cannotCommendSomeoneWhoDidNotWinTheRound() {
        fixture.givenNoPriorActivity()
                .when(commendation(AWARD_NUMBER, CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG,
                        List.of(recipient(ILLUSTRATIVE_A)), null))
                .expectException(rejectedWith(ErrorCode.NOT_A_ROUND_WINNER))
                .expectNoEvents();
    }

    @Test
    void cannotIssueACommendationWithoutASignatory() {
        fixture.givenNoPriorActivity()
                .when(new IssueCommendationDecision(AWARD_NUMBER, CONFERENCE, " ", CommendationKind.AWARD,
                        Title.SECTOR_EMULATION_FLAG, 2022, FLAG_ROUND, flagRule().rule(), WINNERS,
                        List.of(ENFORCEMENT.registrantId()), null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void governmentFlagProposalsStayWithinTwentyPercentOfClusterLeaders() {
        fixture.givenNoPriorActivity()
                .when(commendation(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG,
                        WINNERS, 10))
                .expectEvents(decided(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG,
                        WINNERS, new ProposalCap(Rules.CATALOG.forYear(2022).reference(RuleCode.R6), 10, 2)));
    }

    @Test
    void cannotProposeMoreGovernmentFlagsThanTheCapAllows() {
        fixture.givenNoPriorActivity()
                .when(commendation(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG,
                        WINNERS, 9))
                .expectException(rejectedWith(ErrorCode.PROPOSAL_CAP_EXCEEDED))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("5007/BNV-TĐKT"))
                .expectNoEvents();
    }

    @Test
    void aGovernmentFlagProposalNeedsTheNumberOfClusterLeaders() {
        fixture.givenNoPriorActivity()
                .when(commendation(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.GOVERNMENT_EMULATION_FLAG,
                        WINNERS, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void appointsTheNextYearsHeadAndDeputyHead() {
        fixture.givenNoPriorActivity()
                .when(new IssueAppointmentDecision(APPOINTMENT_NUMBER, CONFERENCE, SIGNER, CLUSTER, NAME, 2023,
                        INTERNATIONAL_COOPERATION, CIVIL_JUDGMENT_ENFORCEMENT))
                .expectEvents(new AppointmentDecided(DecisionId.ofNumber(APPOINTMENT_NUMBER), APPOINTMENT_NUMBER,
                        CONFERENCE, SIGNER, CLUSTER, NAME, 2023, INTERNATIONAL_COOPERATION, CIVIL_JUDGMENT_ENFORCEMENT,
                        Rules.CATALOG.forYear(2023).reference(RuleCode.R11)));
    }

    @Test
    void cannotAppointOneUnitAsBothHeadAndDeputy() {
        fixture.givenNoPriorActivity()
                .when(new IssueAppointmentDecision(APPOINTMENT_NUMBER, CONFERENCE, SIGNER, CLUSTER, NAME, 2023,
                        INTERNATIONAL_COOPERATION, INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.HEAD_IS_DEPUTY))
                .expectNoEvents();
    }

    @Test
    void cannotReuseADecisionNumberForAnAppointment() {
        fixture.given(awarded())
                .when(new IssueAppointmentDecision(AWARD_NUMBER, CONFERENCE, SIGNER, CLUSTER, NAME, 2023,
                        INTERNATIONAL_COOPERATION, CIVIL_JUDGMENT_ENFORCEMENT))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void revokesTheAwardToOneRecipientOnALegalGround() {
        LocalDate revokedOn = LocalDate.of(2023, 6, 1);
        fixture.given(awarded())
                .when(revoke(ENFORCEMENT, revokedOn))
                .expectEvents(new AwardRevoked(DecisionId.ofNumber(AWARD_NUMBER), AWARD_NUMBER,
                        Title.SECTOR_EMULATION_FLAG, ENFORCEMENT, "88/QĐ-BTP", revokedOn,
                        RevocationGround.FALSE_DECLARATION, "Báo cáo thành tích kê khai không đúng (minh họa)",
                        Rules.CATALOG.forYear(2022).reference(RuleCode.R10)));
    }

    @Test
    void cannotRevokeTheSameAwardTwice() {
        fixture.given(awarded(), new AwardRevoked(DecisionId.ofNumber(AWARD_NUMBER), AWARD_NUMBER,
                        Title.SECTOR_EMULATION_FLAG, ENFORCEMENT, "88/QĐ-BTP", LocalDate.of(2023, 6, 1),
                        RevocationGround.FALSE_DECLARATION, "Kê khai sai", Rules.CATALOG.forYear(2022).reference(RuleCode.R10)))
                .when(revoke(ENFORCEMENT, LocalDate.of(2023, 7, 1)))
                .expectException(rejectedWith(ErrorCode.AWARD_ALREADY_REVOKED))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeForSomeoneTheDecisionDidNotAward() {
        fixture.given(awarded())
                .when(revoke(recipient(ILLUSTRATIVE_A), LocalDate.of(2023, 6, 1)))
                .expectException(rejectedWith(ErrorCode.NOT_A_RECIPIENT))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeAProposal() {
        fixture.given(decided(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .when(new RevokeAward(DecisionId.ofNumber(PROPOSAL_NUMBER), ENFORCEMENT.registrantId(), "88/QĐ-BTP",
                        LocalDate.of(2023, 6, 1), RevocationGround.FALSE_DECLARATION, "Kê khai sai"))
                .expectException(rejectedWith(ErrorCode.NOT_AN_AWARD))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeWithoutAReason() {
        fixture.given(awarded())
                .when(new RevokeAward(DecisionId.ofNumber(AWARD_NUMBER), ENFORCEMENT.registrantId(), "88/QĐ-BTP",
                        LocalDate.of(2023, 6, 1), RevocationGround.FALSE_DECLARATION, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    private static RevokeAward revoke(Recipient recipient, LocalDate on) {
        return new RevokeAward(DecisionId.ofNumber(AWARD_NUMBER), recipient.registrantId(), "88/QĐ-BTP", on,
                RevocationGround.FALSE_DECLARATION, "Báo cáo thành tích kê khai không đúng (minh họa)");
    }

    private static Recipient recipient(UnitRef unit) {
        return new Recipient(new RegistrantId(unit.id().value()), unit.name(), unit);
    }

    @Test
    void itsStateSurvivesASnapshot() {
        Decision decision = new Decision();
        decision.on(awarded());
        decision.on(new AwardRevoked(DecisionId.ofNumber(AWARD_NUMBER), AWARD_NUMBER, Title.SECTOR_EMULATION_FLAG,
                ENFORCEMENT, "88/QĐ-BTP", LocalDate.of(2023, 6, 1), RevocationGround.FALSE_DECLARATION, "Kê khai sai",
                Rules.CATALOG.forYear(2022).reference(RuleCode.R10)));
        Snapshots.assertSurvivesJackson(decision);
    }
}
