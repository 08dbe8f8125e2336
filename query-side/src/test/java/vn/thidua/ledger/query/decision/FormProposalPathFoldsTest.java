package vn.thidua.ledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.proposal.FormProposalApproved;
import vn.thidua.ledger.events.proposal.FormProposalSubmitted;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;

/**
 * Issue 12, item 5 for a form of commendation: a Huân chương Lao động hạng Ba proposed for two of the seed year's
 * units (module cluster-iv-2022) goes to the Ministry, then the Central Board, and the State President's award to one
 * of them approves it. The numbers and dates are illustrative (minh họa).
 */
class FormProposalPathFoldsTest {

    private static final List<Recipient> PROPOSED = List.of(recipient(THADS), recipient(CVDCXDPL));
    private static final RuleReference COMPETENCE = new RuleReference("btp-thidua", 1, "FORM_COMPETENCE",
            "thẩm quyền quyết định khen thưởng (minh họa)");
    private static final RuleReference ROUTE = new RuleReference("btp-thidua", 1, "PROPOSAL_ROUTE",
            "tuyến trình khen thưởng (minh họa)");
    private static final FormOfCommendationDecided TO_TRINH = decided("MH-30/TTr-BTP", CommendationAuthority.MINISTER,
            CommendationKind.PROPOSAL, LocalDate.of(2022, 12, 12), PROPOSED);
    private static final FormOfCommendationDecided PRESIDENT = decided("MH-40/QĐ-CTN",
            CommendationAuthority.PRESIDENT, CommendationKind.AWARD, LocalDate.of(2023, 4, 20), PROPOSED.subList(0, 1));
    private static final ProposalId ID = ProposalId.of(TO_TRINH.decisionId());
    private static final FormProposalApproved APPROVED = new FormProposalApproved(ID, TO_TRINH.decisionId(),
            TO_TRINH.decisionNumber(), CommendationForm.LABOUR_ORDER_THIRD_CLASS, 2022, PROPOSED,
            ProposalLevel.CENTRAL_BOARD, PRESIDENT.decisionId(), PRESIDENT.decisionNumber(), PRESIDENT.signedOn(),
            PRESIDENT.recipients());

    private static FormOfCommendationDecided decided(String number, CommendationAuthority issuer,
                                                     CommendationKind kind, LocalDate signedOn,
                                                     List<Recipient> recipients) {
        return new FormOfCommendationDecided(DecisionId.of(signedOn.getYear(), number), number, signedOn,
                issuer.vietnameseName() + " (minh họa)", issuer, kind, CommendationForm.LABOUR_ORDER_THIRD_CLASS,
                2022, null, CAMPAIGN, recipients, COMPETENCE);
    }

    private static FormProposalSubmitted submitted(ProposalLevel level, LocalDate on) {
        return new FormProposalSubmitted(ID, TO_TRINH.decisionId(), TO_TRINH.decisionNumber(),
                CommendationForm.LABOUR_ORDER_THIRD_CLASS, 2022, PROPOSED, level, on, Conference2022.PROPOSAL_DOSSIER,
                ROUTE);
    }

    private static final List<ProposalEvent> PATH = List.of(submitted(ProposalLevel.MINISTRY, LocalDate.of(2023, 1, 5)),
            submitted(ProposalLevel.CENTRAL_BOARD, LocalDate.of(2023, 2, 10)), APPROVED);

    @Test
    void theFormsTờTrìnhShowsItsWayUpToTheCentralBoardAndThePresidentsAwardNamesIt() {
        DecisionView toTrinh = DecisionFold.apply(null, TO_TRINH);
        for (ProposalEvent event : PATH) {
            toTrinh = DecisionFold.applyToProposal(toTrinh, event);
        }
        DecisionView award = DecisionFold.applyToAward(DecisionFold.apply(null, PRESIDENT), APPROVED);

        assertThat(toTrinh.path()).extracting(ProposalStep::status, ProposalStep::level).containsExactly(
                tuple("SUBMITTED", "MINISTRY"),
                tuple("SUBMITTED", "CENTRAL_BOARD"),
                tuple("APPROVED", "CENTRAL_BOARD"));
        assertThat(toTrinh.path().get(0).dossier()).isEqualTo(Conference2022.PROPOSAL_DOSSIER);
        assertThat(toTrinh.path().get(2).awardDecisionNumber()).isEqualTo("MH-40/QĐ-CTN");
        assertThat(toTrinh.path().get(2).awarded()).containsExactly(THADS.registrantId().value());
        assertThat(award.approves()).containsExactly(
                new ProposalLink(TO_TRINH.decisionId().value(), "MH-30/TTr-BTP", "CENTRAL_BOARD"));
        assertThat(DecisionFold.applyToAward(award, APPROVED)).isSameAs(award);
    }

    @Test
    void theUnitsAwardRecordShowsTheFormsWholePathFromTờTrìnhToThePresidentsAward() {
        AwardHolder thads = AwardHolder.unit(THADS.unit().id().value());
        AwardRecordView record = AwardRecordFold.apply(null, thads, TO_TRINH);
        for (ProposalEvent event : PATH.subList(0, 2)) {
            record = AwardRecordFold.apply(record, event);
        }
        record = AwardRecordFold.apply(record, thads, PRESIDENT);
        record = AwardRecordFold.apply(record, APPROVED);

        Award proposed = record.awards().get(0);
        Award awarded = record.awards().get(1);
        assertThat(proposed.form().form()).isEqualTo("LABOUR_ORDER_THIRD_CLASS");
        assertThat(proposed.path()).extracting(ProposalStep::status)
                                   .containsExactly("SUBMITTED", "SUBMITTED", "APPROVED");
        assertThat(awarded.decisionNumber()).isEqualTo("MH-40/QĐ-CTN");
        assertThat(awarded.proposal()).isEqualTo(
                new ProposalLink(TO_TRINH.decisionId().value(), "MH-30/TTr-BTP", "CENTRAL_BOARD"));
    }

    @Test
    void aUnitTheAwardLeftOutSeesTheApprovalWithoutAnAwardRow() {
        AwardHolder lawMaking = AwardHolder.unit(CVDCXDPL.unit().id().value());
        AwardRecordView record = AwardRecordFold.apply(AwardRecordFold.apply(null, lawMaking, TO_TRINH), APPROVED);

        assertThat(record.awards()).singleElement().satisfies(row -> {
            assertThat(row.path()).singleElement().extracting(ProposalStep::status).isEqualTo("APPROVED");
            assertThat(row.path().get(0).awarded()).doesNotContain(CVDCXDPL.registrantId().value());
        });
    }
}
