package vn.thidua.ledger.command.proposal;

import static org.hamcrest.Matchers.containsString;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.PROPOSAL_DOSSIER;
import static vn.thidua.ledger.fixtures.Conference2022.PROPOSAL_SUBMITTED_ON;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.decision.DecisionSummary;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.fixtures.Snapshots;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.FormProposalApproved;
import vn.thidua.ledger.events.proposal.FormProposalSubmitted;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.events.proposal.ProposalRefused;
import vn.thidua.ledger.events.proposal.ProposalReturned;

/**
 * A form of commendation's tờ trình on the proposal path (PROPOSAL_ROUTE, the level from FORM_COMPETENCE): a Huân
 * chương Lao động goes cluster → Ministry → Central Board and is approved by the State President's award, a Bằng
 * khen của Bộ trưởng is approved at the Ministry. The recipients are the seed year's units (module cluster-iv-2022);
 * the decision numbers and dates are illustrative (minh họa).
 */
class FormProposalTest {

    private static final List<Recipient> PROPOSED = List.of(recipient(THADS), recipient(CVDCXDPL));
    private static final DecisionSummary LABOUR_ORDER_TO_TRINH = toTrinh(CommendationForm.LABOUR_ORDER_THIRD_CLASS);
    private static final ProposalId ID = ProposalId.of(LABOUR_ORDER_TO_TRINH.decisionId());
    private static final LocalDate ANSWERED_ON = LocalDate.of(2023, 3, 1);

    private AggregateTestFixture<Proposal> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Proposal.class);
        fixture.registerInjectableResource(Rules.CATALOG);
    }

    /** The cluster's 2022 tờ trình proposing {@code form} for both units, citing the year's competence rule. */
    private static DecisionSummary toTrinh(CommendationForm form) {
        return new DecisionSummary(DecisionId.of(2022, "MH-30/TTr-CTĐIV"), "MH-30/TTr-CTĐIV",
                CommendationKind.PROPOSAL, null, form, 2022, LocalDate.of(2022, 12, 12),
                Rules.CATALOG.forYear(2022).reference(RuleCode.FORM_COMPETENCE), PROPOSED);
    }

    /** An award signed above: the State President's for a Huân chương, the Minister's for his Bằng khen. */
    private static DecisionSummary award(Title title, CommendationForm form, List<Recipient> awarded) {
        return new DecisionSummary(DecisionId.of(2023, "MH-40/QĐ-CTN"), "MH-40/QĐ-CTN", CommendationKind.AWARD, title,
                form, 2022, LocalDate.of(2023, 4, 20), Rules.CATALOG.forYear(2022).reference(RuleCode.FORM_COMPETENCE),
                awarded);
    }

    private static FormProposalSubmitted submitted(DecisionSummary toTrinh, ProposalLevel level) {
        return new FormProposalSubmitted(ID, toTrinh.decisionId(), toTrinh.decisionNumber(), toTrinh.form(), 2022,
                PROPOSED, level, PROPOSAL_SUBMITTED_ON, PROPOSAL_DOSSIER,
                Rules.CATALOG.forYear(2022).reference(RuleCode.PROPOSAL_ROUTE));
    }

    private static SubmitProposal submit(DecisionSummary toTrinh, ProposalLevel level) {
        return new SubmitProposal(toTrinh, level, PROPOSAL_SUBMITTED_ON, PROPOSAL_DOSSIER);
    }

    @Test
    void aLabourOrdersTờTrìnhGoesToTheMinistryFirst() {
        fixture.givenNoPriorActivity()
                .when(submit(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY))
                .expectEvents(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY));
    }

    @Test
    void theMinistryForwardsALabourOrderToTheCentralBoard() {
        fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY))
                .when(submit(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD))
                .expectEvents(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD));
    }

    @Test
    void thePresidentsAwardOfTheLabourOrderToOneOfThemApprovesItAtTheCentralBoard() {
        DecisionSummary president = award(null, CommendationForm.LABOUR_ORDER_THIRD_CLASS, PROPOSED.subList(0, 1));
        fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY),
                        submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD))
                .when(new ApproveProposal(ID, president))
                .expectEvents(new FormProposalApproved(ID, LABOUR_ORDER_TO_TRINH.decisionId(),
                        LABOUR_ORDER_TO_TRINH.decisionNumber(), CommendationForm.LABOUR_ORDER_THIRD_CLASS, 2022,
                        PROPOSED, ProposalLevel.CENTRAL_BOARD, president.decisionId(), president.decisionNumber(),
                        president.signedOn(), PROPOSED.subList(0, 1)));
    }

    @Test
    void aLabourOrderIsNotApprovedAtTheMinistry() {
        fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY))
                .when(new ApproveProposal(ID, award(null, CommendationForm.LABOUR_ORDER_THIRD_CLASS, PROPOSED)))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectExceptionMessage(containsString("PROPOSAL_ROUTE"))
                .expectNoEvents();
    }

    @Test
    void aClusterCannotSendALabourOrderStraightToTheCentralBoard() {
        fixture.givenNoPriorActivity()
                .when(submit(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectNoEvents();
    }

    @Test
    void theMinistersCertificateOfMeritIsApprovedAtTheMinistryAndNotForwarded() {
        DecisionSummary toTrinh = toTrinh(CommendationForm.MINISTER_CERTIFICATE_OF_MERIT);
        DecisionSummary minister = award(null, CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, PROPOSED);
        fixture.given(submitted(toTrinh, ProposalLevel.MINISTRY))
                .when(new ApproveProposal(ID, minister))
                .expectEvents(new FormProposalApproved(ID, toTrinh.decisionId(), toTrinh.decisionNumber(),
                        CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, 2022, PROPOSED, ProposalLevel.MINISTRY,
                        minister.decisionId(), minister.decisionNumber(), minister.signedOn(), PROPOSED));
        fixture.given(submitted(toTrinh, ProposalLevel.MINISTRY))
                .when(submit(toTrinh, ProposalLevel.CENTRAL_BOARD))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectNoEvents();
    }

    @Test
    void thePrimeMinistersCertificateOfMeritGoesOnToTheCentralBoard() {
        DecisionSummary toTrinh = toTrinh(CommendationForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT);
        fixture.given(submitted(toTrinh, ProposalLevel.MINISTRY))
                .when(new ApproveProposal(ID, award(null, CommendationForm.PRIME_MINISTER_CERTIFICATE_OF_MERIT,
                        PROPOSED)))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectNoEvents();
        fixture.given(submitted(toTrinh, ProposalLevel.MINISTRY))
                .when(submit(toTrinh, ProposalLevel.CENTRAL_BOARD))
                .expectEvents(submitted(toTrinh, ProposalLevel.CENTRAL_BOARD));
    }

    @Test
    void anAwardOfAnotherFormOrOfATitleDoesNotApproveIt() {
        List<DecisionSummary> wrong = List.of(award(null, CommendationForm.LABOUR_ORDER_SECOND_CLASS, PROPOSED),
                award(Title.GOVERNMENT_EMULATION_FLAG, null, PROPOSED),
                award(null, CommendationForm.LABOUR_ORDER_THIRD_CLASS, List.of(recipient(
                        MINH_HOA_A))));
        for (DecisionSummary award : wrong) {
            fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY),
                            submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD))
                    .when(new ApproveProposal(ID, award))
                    .expectException(rejectedWith(ErrorCode.AWARD_NOT_FOR_PROPOSAL))
                    .expectNoEvents();
        }
    }

    @Test
    void aUnitHeadsCertificateDoesNotGoUp() {
        fixture.givenNoPriorActivity()
                .when(submit(toTrinh(CommendationForm.UNIT_HEAD_CERTIFICATE), ProposalLevel.MINISTRY))
                .expectException(rejectedWith(ErrorCode.WRONG_PROPOSAL_LEVEL))
                .expectExceptionMessage(containsString("nothing goes upward"))
                .expectNoEvents();
    }

    @Test
    void anAwardOfAFormIsNoTờTrìnhToSendUpward() {
        fixture.givenNoPriorActivity()
                .when(submit(award(null, CommendationForm.LABOUR_ORDER_THIRD_CLASS, PROPOSED), ProposalLevel.MINISTRY))
                .expectException(rejectedWith(ErrorCode.NOT_A_PROPOSAL))
                .expectNoEvents();
    }

    @Test
    void aReturnedFormProposalIsSubmittedAgainAndCanBeRefused() {
        ProposalReturned returned = new ProposalReturned(ID, LABOUR_ORDER_TO_TRINH.decisionId(), PROPOSED,
                ProposalLevel.CENTRAL_BOARD, ANSWERED_ON, "Bổ sung xác nhận thành tích (minh họa)");
        fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY),
                        submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD))
                .when(new ReturnProposal(ID, ANSWERED_ON, "Bổ sung xác nhận thành tích (minh họa)"))
                .expectEvents(returned);
        fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY),
                        submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD), returned)
                .when(submit(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD))
                .expectEvents(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD));
        fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY))
                .when(new RefuseProposal(ID, ANSWERED_ON, "Chưa đủ tiêu chuẩn (minh họa)"))
                .expectEvents(new ProposalRefused(ID, LABOUR_ORDER_TO_TRINH.decisionId(), PROPOSED,
                        ProposalLevel.MINISTRY, ANSWERED_ON, "Chưa đủ tiêu chuẩn (minh họa)"));
    }

    @Test
    void anApprovedFormProposalIsNotAnsweredAgain() {
        DecisionSummary president = award(null, CommendationForm.LABOUR_ORDER_THIRD_CLASS, PROPOSED);
        fixture.given(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY),
                        submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.CENTRAL_BOARD),
                        new FormProposalApproved(ID, LABOUR_ORDER_TO_TRINH.decisionId(),
                                LABOUR_ORDER_TO_TRINH.decisionNumber(), CommendationForm.LABOUR_ORDER_THIRD_CLASS,
                                2022, PROPOSED, ProposalLevel.CENTRAL_BOARD, president.decisionId(),
                                president.decisionNumber(), president.signedOn(), PROPOSED))
                .when(new RefuseProposal(ID, ANSWERED_ON, "Muộn (minh họa)"))
                .expectException(rejectedWith(ErrorCode.PROPOSAL_NOT_PENDING))
                .expectNoEvents();
    }

    /** A 2024 tờ trình whose campaign kept rule set v1: its path is routed under v1, as a title's would be. */
    @Test
    void aFormsProposalGoesUpUnderTheVersionItsTờTrìnhCites() {
        DecisionSummary v1 = new DecisionSummary(LABOUR_ORDER_TO_TRINH.decisionId(),
                LABOUR_ORDER_TO_TRINH.decisionNumber(), CommendationKind.PROPOSAL, null,
                CommendationForm.LABOUR_ORDER_THIRD_CLASS, 2024, LocalDate.of(2024, 12, 12),
                Rules.CATALOG.byIdAndVersion("btp-thidua", 1).reference(RuleCode.FORM_COMPETENCE), PROPOSED);
        fixture.givenNoPriorActivity()
                .when(submit(v1, ProposalLevel.MINISTRY))
                .expectEvents(new FormProposalSubmitted(ID, v1.decisionId(), v1.decisionNumber(), v1.form(), 2024,
                        PROPOSED, ProposalLevel.MINISTRY, PROPOSAL_SUBMITTED_ON, PROPOSAL_DOSSIER,
                        Rules.CATALOG.byIdAndVersion("btp-thidua", 1).reference(RuleCode.PROPOSAL_ROUTE)));
    }

    @Test
    void itsStateSurvivesASnapshot() {
        Proposal proposal = new Proposal();
        proposal.on(submitted(LABOUR_ORDER_TO_TRINH, ProposalLevel.MINISTRY));
        Snapshots.assertSurvivesJackson(proposal);
    }
}
