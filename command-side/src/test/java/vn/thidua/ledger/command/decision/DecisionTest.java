package vn.thidua.ledger.command.decision;

import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.fixtures.Snapshots;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRule;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.APPOINTMENT_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.AWARD_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_ROUND;
import static vn.thidua.ledger.fixtures.Conference2022.PROPOSAL_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.REVOCATION_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.REVOKED_ON;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.AppointmentDecided;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.ProposalCap;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;

/** The decision numbers are the demo year's (module cluster-iv-2022); the signatory is illustrative. */
class DecisionTest {

    private static final String SIGNER = "Thứ trưởng Bộ Tư pháp (minh họa)";
    private static final Recipient ENFORCEMENT = recipient(THADS);
    private static final Recipient LAW_MAKING = recipient(CVDCXDPL);
    private static final List<Recipient> WINNERS = List.of(ENFORCEMENT, LAW_MAKING);

    private AggregateTestFixture<Decision> fixture;
    /** Decisions recorded before ids had a year: legacy id to yearly id. */
    private final Map<DecisionId, DecisionId> legacy = new HashMap<>();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource((LegacyDecisions) legacyId -> Optional.ofNullable(legacy.get(legacyId)));
    }

    /** The id of a decision of the conference, signed in 2022. */
    private static DecisionId idOf(String number) {
        return DecisionId.of(CONFERENCE.getYear(), number);
    }

    private static IssueCommendationDecision commendation(String number, CommendationKind kind, Title title,
                                                          List<Recipient> recipients, Integer leading) {
        return new IssueCommendationDecision(number, CONFERENCE, SIGNER, kind, title, 2022, FLAG_ROUND,
                flagRule().rule(), WINNERS, recipients.stream().map(Recipient::registrantId).toList(), leading);
    }

    private static CommendationDecided decided(String number, CommendationKind kind, Title title,
                                               List<Recipient> recipients, ProposalCap cap) {
        return new CommendationDecided(idOf(number), number, CONFERENCE, SIGNER, kind, title, 2022,
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
                        List.of(recipient(MINH_HOA_A)), null))
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
                .when(new IssueAppointmentDecision(APPOINTMENT_NUMBER, CONFERENCE, SIGNER, CLUSTER, CLUSTER_NAME, 2023,
                        HTQT.unit(), THADS.unit(), null))
                .expectEvents(new AppointmentDecided(idOf(APPOINTMENT_NUMBER), APPOINTMENT_NUMBER,
                        CONFERENCE, SIGNER, CLUSTER, CLUSTER_NAME, 2023, HTQT.unit(), THADS.unit(),
                        Rules.CATALOG.forYear(2023).reference(RuleCode.R11)));
    }

    @Test
    void cannotAppointOneUnitAsBothHeadAndDeputy() {
        fixture.givenNoPriorActivity()
                .when(new IssueAppointmentDecision(APPOINTMENT_NUMBER, CONFERENCE, SIGNER, CLUSTER, CLUSTER_NAME, 2023,
                        HTQT.unit(), HTQT.unit(), null))
                .expectException(rejectedWith(ErrorCode.HEAD_IS_DEPUTY))
                .expectNoEvents();
    }

    @Test
    void cannotReuseADecisionNumberForAnAppointment() {
        fixture.given(awarded())
                .when(new IssueAppointmentDecision(AWARD_NUMBER, CONFERENCE, SIGNER, CLUSTER, CLUSTER_NAME, 2023,
                        HTQT.unit(), THADS.unit(), null))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void revokesTheAwardToOneRecipientOnALegalGround() {
        fixture.given(awarded())
                .when(revoke(ENFORCEMENT, REVOKED_ON))
                .expectEvents(new AwardRevoked(idOf(AWARD_NUMBER), AWARD_NUMBER,
                        Title.SECTOR_EMULATION_FLAG, ENFORCEMENT, REVOCATION_NUMBER, REVOKED_ON,
                        RevocationGround.FALSE_DECLARATION, "Báo cáo thành tích kê khai không đúng (minh họa)",
                        Rules.CATALOG.forYear(2022).reference(RuleCode.R10)));
    }

    @Test
    void cannotRevokeTheSameAwardTwice() {
        fixture.given(awarded(), new AwardRevoked(idOf(AWARD_NUMBER), AWARD_NUMBER,
                        Title.SECTOR_EMULATION_FLAG, ENFORCEMENT, REVOCATION_NUMBER, REVOKED_ON,
                        RevocationGround.FALSE_DECLARATION, "Kê khai sai", Rules.CATALOG.forYear(2022).reference(RuleCode.R10)))
                .when(revoke(ENFORCEMENT, LocalDate.of(2023, 7, 1)))
                .expectException(rejectedWith(ErrorCode.AWARD_ALREADY_REVOKED))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeForSomeoneTheDecisionDidNotAward() {
        fixture.given(awarded())
                .when(revoke(recipient(MINH_HOA_A), REVOKED_ON))
                .expectException(rejectedWith(ErrorCode.NOT_A_RECIPIENT))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeAProposal() {
        fixture.given(decided(PROPOSAL_NUMBER, CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .when(new RevokeAward(idOf(PROPOSAL_NUMBER), ENFORCEMENT.registrantId(), REVOCATION_NUMBER,
                        REVOKED_ON, RevocationGround.FALSE_DECLARATION, "Kê khai sai"))
                .expectException(rejectedWith(ErrorCode.NOT_AN_AWARD))
                .expectNoEvents();
    }

    @Test
    void cannotRevokeWithoutAReason() {
        fixture.given(awarded())
                .when(new RevokeAward(idOf(AWARD_NUMBER), ENFORCEMENT.registrantId(), REVOCATION_NUMBER,
                        REVOKED_ON, RevocationGround.FALSE_DECLARATION, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    private static RevokeAward revoke(Recipient recipient, LocalDate on) {
        return new RevokeAward(idOf(AWARD_NUMBER), recipient.registrantId(), REVOCATION_NUMBER, on,
                RevocationGround.FALSE_DECLARATION, "Báo cáo thành tích kê khai không đúng (minh họa)");
    }

    @Test
    void aNumberTheLegacySchemeCouldNotSpellHasNoLegacyDecisionToCollideWith() {
        fixture.givenNoPriorActivity()
                .when(commendation(".", CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .expectEvents(decided(".", CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null));
    }

    @Test
    void aDecisionIsKnownByItsNumberAndTheYearItWasSigned() {
        fixture.givenNoPriorActivity()
                .when(commendation(AWARD_NUMBER, CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .expectEvents(awarded());
        assertThat(awarded().decisionId()).isEqualTo(new DecisionId("2022_MH-3456-QDd-BTP"));
    }

    @Test
    void cannotRecordADecisionAlreadyRecordedUnderItsLegacyId() {
        legacy.put(DecisionId.legacyOf(AWARD_NUMBER), idOf(AWARD_NUMBER));
        fixture.givenNoPriorActivity()
                .when(commendation(AWARD_NUMBER, CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("3456-QD-BTP"))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAnAppointmentAlreadyRecordedUnderItsLegacyId() {
        legacy.put(DecisionId.legacyOf(APPOINTMENT_NUMBER), idOf(APPOINTMENT_NUMBER));
        fixture.givenNoPriorActivity()
                .when(new IssueAppointmentDecision(APPOINTMENT_NUMBER, CONFERENCE, SIGNER, CLUSTER, CLUSTER_NAME, 2023,
                        HTQT.unit(), THADS.unit(), null))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void theSameNumberRecordedUnderALegacyIdInAnotherYearIsAnotherDecision() {
        legacy.put(DecisionId.legacyOf(AWARD_NUMBER), DecisionId.of(2021, AWARD_NUMBER));
        fixture.givenNoPriorActivity()
                .when(commendation(AWARD_NUMBER, CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .expectEvents(awarded());
    }

    @Test
    void aLegacyIdWithoutMarksDoesNotHideANumberWithThem() {
        // 3456/QD-BTP was recorded as 3456-QD-BTP, the legacy id 3456/QĐ-BTP would have had too.
        legacy.put(DecisionId.legacyOf(AWARD_NUMBER), idOf("3456/QD-BTP"));
        fixture.givenNoPriorActivity()
                .when(commendation(AWARD_NUMBER, CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, WINNERS, null))
                .expectEvents(awarded());
    }

    @Test
    void aDecisionWithoutTheDateItWasSignedHasNoId() {
        // Thrown while Axon finds the target, so the fixture sees it wrapped; the API maps the cause (INVALID_INPUT).
        IssueCommendationDecision undated = new IssueCommendationDecision(AWARD_NUMBER, null, SIGNER,
                CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, 2022, FLAG_ROUND, flagRule().rule(), WINNERS,
                List.of(ENFORCEMENT.registrantId()), null);
        assertThatThrownBy(undated::decisionId).isInstanceOfSatisfying(DomainRejection.class,
                rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }

    @Test
    void anAwardRecordedUnderItsLegacyIdIsStillRevokedUnderIt() {
        DecisionId legacyId = DecisionId.legacyOf(AWARD_NUMBER);
        fixture.given(new CommendationDecided(legacyId, AWARD_NUMBER, CONFERENCE, SIGNER, CommendationKind.AWARD,
                        Title.SECTOR_EMULATION_FLAG, 2022, FLAG_ROUND, flagRule().rule(), WINNERS, null))
                .when(new RevokeAward(legacyId, ENFORCEMENT.registrantId(), REVOCATION_NUMBER, REVOKED_ON,
                        RevocationGround.FALSE_DECLARATION, "Kê khai sai"))
                .expectEvents(new AwardRevoked(legacyId, AWARD_NUMBER, Title.SECTOR_EMULATION_FLAG, ENFORCEMENT,
                        REVOCATION_NUMBER, REVOKED_ON, RevocationGround.FALSE_DECLARATION, "Kê khai sai",
                        Rules.CATALOG.forYear(2022).reference(RuleCode.R10)));
    }

    @Test
    void aLegacyDecisionTellsItsYearlyId() {
        Decision decision = new Decision();
        decision.on(new AppointmentDecided(DecisionId.legacyOf(APPOINTMENT_NUMBER), APPOINTMENT_NUMBER, CONFERENCE,
                SIGNER, CLUSTER, CLUSTER_NAME, 2023, HTQT.unit(), THADS.unit(),
                Rules.CATALOG.forYear(2023).reference(RuleCode.R11)));
        assertThat(decision.yearlyId()).isEqualTo(new DecisionId("2022_MH-2999-QDd-BTP"));
    }

    @Test
    void anotherAggregateReadsTheDecisionWithoutItsRevokedRecipients() {
        Decision decision = new Decision();
        decision.on(awarded());
        decision.on(new AwardRevoked(idOf(AWARD_NUMBER), AWARD_NUMBER, Title.SECTOR_EMULATION_FLAG, ENFORCEMENT,
                REVOCATION_NUMBER, REVOKED_ON, RevocationGround.FALSE_DECLARATION, "Kê khai sai",
                Rules.CATALOG.forYear(2022).reference(RuleCode.R10)));

        assertThat(decision.summary()).isEqualTo(new DecisionSummary(idOf(AWARD_NUMBER), AWARD_NUMBER,
                CommendationKind.AWARD, Title.SECTOR_EMULATION_FLAG, null, 2022, CONFERENCE, flagRule().rule(),
                List.of(LAW_MAKING)));
    }

    @Test
    void itsStateSurvivesASnapshot() {
        Decision decision = new Decision();
        decision.on(awarded());
        decision.on(new AwardRevoked(idOf(AWARD_NUMBER), AWARD_NUMBER, Title.SECTOR_EMULATION_FLAG,
                ENFORCEMENT, REVOCATION_NUMBER, REVOKED_ON, RevocationGround.FALSE_DECLARATION, "Kê khai sai",
                Rules.CATALOG.forYear(2022).reference(RuleCode.R10)));
        Snapshots.assertSurvivesJackson(decision);
    }
}
