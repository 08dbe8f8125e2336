package vn.thidua.ledger.command.proposal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.Conference2022.PROPOSAL_DOSSIER;
import static vn.thidua.ledger.fixtures.Conference2022.PROPOSAL_SUBMITTED_ON;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.fixtures.Snapshots;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.proposal.DossierDocument;
import vn.thidua.ledger.events.proposal.ProposalApproved;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.events.proposal.ProposalRefused;
import vn.thidua.ledger.events.proposal.ProposalReturned;
import vn.thidua.ledger.events.proposal.ProposalSubmitted;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Conference2022Events;

/** The seed's sector-flag tờ trình (module cluster-iv-2022) on its way to the Minister; dates are illustrative. */
class ProposalTest {

    private static final Conference2022Events YEAR = ClusterIv2022Events.CANONICAL.conference();
    private static final DecisionSummary TO_TRINH = summaryOf(YEAR.flagProposal());
    private static final DecisionSummary AWARD = summaryOf(YEAR.flagAward());
    private static final ProposalId ID = ProposalId.of(TO_TRINH.decisionId());
    private static final LocalDate RETURNED_ON = LocalDate.of(2022, 12, 20);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(Rules.CATALOG);
    }

    private static DecisionSummary summaryOf(CommendationDecided decided) {
        return new DecisionSummary(decided.decisionId(), decided.decisionNumber(), decided.kind(), decided.title(),
                null, decided.year(), decided.signedOn(), decided.roundRule(), decided.recipients());
    }

    /** The tờ trình as if it proposed {@code title}: the same recipients, kind and year. */
    private static DecisionSummary proposing(Title title) {
        return new DecisionSummary(TO_TRINH.decisionId(), TO_TRINH.decisionNumber(), CommendationKind.PROPOSAL, title,
                null, TO_TRINH.year(), TO_TRINH.signedOn(), TO_TRINH.rule(), TO_TRINH.recipients());
    }

    private static SubmitProposal submit(DecisionSummary proposal, ProposalLevel level, List<DossierDocument> dossier) {
        return new SubmitProposal(proposal, level, PROPOSAL_SUBMITTED_ON, dossier);
    }

    private static ProposalSubmitted submitted(DecisionSummary proposal, ProposalLevel level) {
        return new ProposalSubmitted(ID, proposal.decisionId(), proposal.decisionNumber(), proposal.title(),
                proposal.year(), proposal.recipients(), level, PROPOSAL_SUBMITTED_ON, PROPOSAL_DOSSIER,
                Conference2022Events.PROPOSAL_ROUTE);
    }

    private static ProposalReturned returned() {
        return new ProposalReturned(ID, TO_TRINH.decisionId(), TO_TRINH.recipients(), ProposalLevel.MINISTRY,
                RETURNED_ON, "Thiếu xác nhận của Thủ trưởng đơn vị trên báo cáo thành tích");
    }

    @Test
    void theClustersTờTrìnhGoesToTheMinistryWithItsDossier() {
        fixture.givenNoPriorActivity()
                .when(submit(TO_TRINH, ProposalLevel.MINISTRY, PROPOSAL_DOSSIER))
                .expectEvents(YEAR.proposalSubmitted());
    }

    @Test
    void theProposalIsKnownByItsTờTrình() {
        fixture.givenNoPriorActivity()
                .when(submit(TO_TRINH, ProposalLevel.MINISTRY, PROPOSAL_DOSSIER))
                .expectEvents(submitted(TO_TRINH, ProposalLevel.MINISTRY));
        assertThat(ID.proposalDecisionId()).isEqualTo(TO_TRINH.decisionId());
    }

    @Test
    void anAwardIsNoTờTrìnhToSendUpward() {
        fixture.givenNoPriorActivity()
                .when(submit(AWARD, ProposalLevel.MINISTRY, PROPOSAL_DOSSIER))
                .expectException(rejectedWith(ErrorCode.NOT_A_PROPOSAL))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitADossierWithoutItsAchievementReport() {
        fixture.givenNoPriorActivity()
                .when(submit(TO_TRINH, ProposalLevel.MINISTRY, PROPOSAL_DOSSIER.stream()
                        .filter(d -> d.kind() != DossierDocument.Kind.ACHIEVEMENT_REPORT).toList()))
                .expectException(rejectedWith(ErrorCode.DOSSIER_INCOMPLETE))
                .expectExceptionMessage(containsString("ACHIEVEMENT_REPORT"))
                .expectNoEvents();
    }

    @Test
    void cannotSubmitADossierDocumentWithoutItsReference() {
        fixture.givenNoPriorActivity()
                .when(submit(TO_TRINH, ProposalLevel.MINISTRY, List.of(PROPOSAL_DOSSIER.get(0), PROPOSAL_DOSSIER.get(1),
                        new DossierDocument(DossierDocument.Kind.DELIBERATION_MINUTES, " "))))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aClusterCannotSubmitStraightToTheCentralBoard() {
        fixture.givenNoPriorActivity()
                .when(submit(proposing(Title.GOVERNMENT_EMULATION_FLAG), ProposalLevel.CENTRAL_BOARD, PROPOSAL_DOSSIER))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectExceptionMessage(containsString("PROPOSAL_ROUTE"))
                .expectNoEvents();
    }

    @Test
    void aTitleTheUnitsHeadDecidesIsNotProposedUpward() {
        fixture.givenNoPriorActivity()
                .when(submit(proposing(Title.ADVANCED_COLLECTIVE), ProposalLevel.MINISTRY, PROPOSAL_DOSSIER))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectNoEvents();
    }

    @Test
    void theMinistryReturnsTheDossierWithAReason() {
        fixture.given(YEAR.proposalSubmitted())
                .when(new ReturnProposal(ID, RETURNED_ON, "Thiếu xác nhận của Thủ trưởng đơn vị trên báo cáo thành tích"))
                .expectEvents(returned());
    }

    @Test
    void aReturnedDossierIsSubmittedAgainToTheSameLevel() {
        fixture.given(YEAR.proposalSubmitted(), returned())
                .when(submit(TO_TRINH, ProposalLevel.MINISTRY, PROPOSAL_DOSSIER))
                .expectEvents(YEAR.proposalSubmitted());
    }

    @Test
    void aReturnedDossierDoesNotSkipTheLevelThatReturnedIt() {
        fixture.given(submitted(proposing(Title.GOVERNMENT_EMULATION_FLAG), ProposalLevel.MINISTRY), returned())
                .when(submit(proposing(Title.GOVERNMENT_EMULATION_FLAG), ProposalLevel.CENTRAL_BOARD, PROPOSAL_DOSSIER))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectNoEvents();
    }

    @Test
    void cannotReturnWithoutAReason() {
        fixture.given(YEAR.proposalSubmitted())
                .when(new ReturnProposal(ID, RETURNED_ON, " "))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotReturnADossierAlreadyReturned() {
        fixture.given(YEAR.proposalSubmitted(), returned())
                .when(new ReturnProposal(ID, RETURNED_ON, "Lần nữa"))
                .expectException(rejectedWith(ErrorCode.PROPOSAL_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void theMinistersSectorFlagAwardApprovesTheProposal() {
        fixture.given(YEAR.proposalSubmitted())
                .when(new ApproveProposal(ID, AWARD))
                .expectEvents(YEAR.proposalApproved());
    }

    @Test
    void anAwardToOnlySomeOfTheProposedApprovesItForThem() {
        DecisionSummary partial = new DecisionSummary(AWARD.decisionId(), AWARD.decisionNumber(), AWARD.kind(),
                AWARD.title(), null, AWARD.year(), AWARD.signedOn(), AWARD.rule(), AWARD.recipients().subList(0, 1));
        ProposalApproved all = YEAR.proposalApproved();
        fixture.given(YEAR.proposalSubmitted())
                .when(new ApproveProposal(ID, partial))
                .expectEvents(new ProposalApproved(ID, all.proposalDecisionId(), all.proposalDecisionNumber(),
                        all.title(), all.year(), all.recipients(), all.level(), all.awardDecisionId(),
                        all.awardDecisionNumber(), all.approvedOn(), partial.recipients()));
    }

    @Test
    void anAwardOfAFormDoesNotApproveATitlesProposal() {
        DecisionSummary form = new DecisionSummary(AWARD.decisionId(), AWARD.decisionNumber(), AWARD.kind(), null,
                CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, AWARD.year(), AWARD.signedOn(), AWARD.rule(), AWARD.recipients());
        fixture.given(YEAR.proposalSubmitted())
                .when(new ApproveProposal(ID, form))
                .expectException(rejectedWith(ErrorCode.AWARD_NOT_FOR_PROPOSAL))
                .expectNoEvents();
    }

    @Test
    void anApprovalNeedsAnAwardOfTheTitleToTheProposedRecipients() {
        DecisionSummary otherTitle = new DecisionSummary(AWARD.decisionId(), AWARD.decisionNumber(), AWARD.kind(),
                Title.EXCELLENT_COLLECTIVE, null, AWARD.year(), AWARD.signedOn(), AWARD.rule(), AWARD.recipients());
        DecisionSummary stranger = new DecisionSummary(AWARD.decisionId(), AWARD.decisionNumber(), AWARD.kind(),
                AWARD.title(), null, AWARD.year(), AWARD.signedOn(), AWARD.rule(),
                List.of(Conference2022Events.recipient(MINH_HOA_A)));
        for (DecisionSummary wrong : List.of(otherTitle, stranger, TO_TRINH)) {
            fixture.given(YEAR.proposalSubmitted())
                    .when(new ApproveProposal(ID, wrong))
                    .expectException(rejectedWith(ErrorCode.AWARD_NOT_FOR_PROPOSAL))
                    .expectNoEvents();
        }
    }

    @Test
    void aGovernmentFlagIsNotApprovedAtTheMinistryButForwardedToTheCentralBoard() {
        DecisionSummary governmentFlag = proposing(Title.GOVERNMENT_EMULATION_FLAG);
        fixture.given(submitted(governmentFlag, ProposalLevel.MINISTRY))
                .when(new ApproveProposal(ID, AWARD))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectNoEvents();
        fixture.given(submitted(governmentFlag, ProposalLevel.MINISTRY))
                .when(submit(governmentFlag, ProposalLevel.CENTRAL_BOARD, PROPOSAL_DOSSIER))
                .expectEvents(submitted(governmentFlag, ProposalLevel.CENTRAL_BOARD));
    }

    @Test
    void aSectorFlagIsDecidedByTheMinisterAndNotForwarded() {
        fixture.given(YEAR.proposalSubmitted())
                .when(submit(TO_TRINH, ProposalLevel.CENTRAL_BOARD, PROPOSAL_DOSSIER))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectNoEvents();
    }

    @Test
    void theMinistryRefusesWithAReason() {
        fixture.given(YEAR.proposalSubmitted())
                .when(new RefuseProposal(ID, RETURNED_ON, "Không đủ tiêu chuẩn"))
                .expectEvents(new ProposalRefused(ID, TO_TRINH.decisionId(), TO_TRINH.recipients(),
                        ProposalLevel.MINISTRY, RETURNED_ON, "Không đủ tiêu chuẩn"));
    }

    @Test
    void aRefusedProposalIsNeitherSubmittedAgainNorApproved() {
        ProposalRefused refused = new ProposalRefused(ID, TO_TRINH.decisionId(), TO_TRINH.recipients(),
                ProposalLevel.MINISTRY, RETURNED_ON, "Không đủ tiêu chuẩn");
        fixture.given(YEAR.proposalSubmitted(), refused)
                .when(submit(TO_TRINH, ProposalLevel.MINISTRY, PROPOSAL_DOSSIER))
                .expectException(rejectedWith(ErrorCode.PROPOSAL_NOT_PENDING))
                .expectNoEvents();
        fixture.given(YEAR.proposalSubmitted(), refused)
                .when(new ApproveProposal(ID, AWARD))
                .expectException(rejectedWith(ErrorCode.PROPOSAL_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void anApprovedProposalIsNotRefusedAfterwards() {
        fixture.given(YEAR.proposalSubmitted(), YEAR.proposalApproved())
                .when(new RefuseProposal(ID, RETURNED_ON, "Muộn"))
                .expectException(rejectedWith(ErrorCode.PROPOSAL_NOT_PENDING))
                .expectNoEvents();
    }

    @Test
    void aTờTrìnhWhoseIdIsTooLongForAProposalIsInvalidInput() {
        DecisionSummary longNumber = new DecisionSummary(new DecisionId("2022_" + "9".repeat(59)), "9/TTr",
                CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG, null, 2022, Conference2022.AWARD_SIGNED_ON, TO_TRINH.rule(),
                List.of());
        assertThatThrownBy(() -> submit(longNumber, ProposalLevel.MINISTRY,
                        PROPOSAL_DOSSIER).proposalId())
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code())
                                .isEqualTo(ErrorCode.INVALID_INPUT));
    }

    @Test
    void itsStateSurvivesASnapshot() {
        Proposal proposal = new Proposal();
        proposal.on(YEAR.proposalSubmitted());
        proposal.on(returned());
        Snapshots.assertSurvivesJackson(proposal);
    }
}
