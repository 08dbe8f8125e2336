package vn.thidua.ledger.query.decision;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.proposal.ProposalApproved;
import vn.thidua.ledger.events.proposal.ProposalEvent;
import vn.thidua.ledger.events.proposal.ProposalLevel;
import vn.thidua.ledger.events.proposal.ProposalReturned;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Conference2022Events;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

/** Issue 12, item 5: the seed's sector-flag tờ trình goes to the Ministry and the Minister's award approves it. */
class ProposalPathFoldsTest {

    private static final Conference2022Events YEAR = ClusterIv2022Events.CANONICAL.conference();
    private static final ProposalReturned RETURNED = new ProposalReturned(
            YEAR.proposalSubmitted().proposalId(), YEAR.flagProposal().decisionId(), YEAR.flagProposal().recipients(),
            ProposalLevel.MINISTRY, LocalDate.of(2022, 12, 20), "Thiếu xác nhận trên báo cáo thành tích");

    @Test
    void theTờTrìnhShowsItsWayUpAndTheAwardNamesTheTờTrìnhItApproved() {
        DecisionView toTrinh = DecisionFold.apply(null, YEAR.flagProposal());
        for (ProposalEvent event : List.of(YEAR.proposalSubmitted(), RETURNED, YEAR.proposalSubmitted(),
                                           YEAR.proposalApproved())) {
            toTrinh = DecisionFold.applyToProposal(toTrinh, event);
        }
        DecisionView award = DecisionFold.applyToAward(DecisionFold.apply(null, YEAR.flagAward()), YEAR.proposalApproved());

        assertThat(toTrinh.path()).extracting(ProposalStep::status)
                                  .containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED");
        assertThat(toTrinh.path().get(0).dossier()).isEqualTo(Conference2022.PROPOSAL_DOSSIER);
        assertThat(toTrinh.path().get(1).reason()).contains("báo cáo thành tích");
        assertThat(toTrinh.path().get(3).awardDecisionNumber()).isEqualTo(Conference2022.AWARD_NUMBER);
        assertThat(toTrinh.path().get(3).levelName()).isEqualTo("Bộ Tư pháp");
        assertThat(award.approves()).singleElement().satisfies(link -> {
            assertThat(link.proposalDecisionId()).isEqualTo(YEAR.flagProposal().decisionId().value());
            assertThat(link.proposalDecisionNumber()).isEqualTo(Conference2022.PROPOSAL_NUMBER);
        });
    }

    @Test
    void aRedeliveredApprovalLinksTheAwardOnce() {
        DecisionView award = DecisionFold.applyToAward(DecisionFold.apply(null, YEAR.flagAward()), YEAR.proposalApproved());

        assertThat(DecisionFold.applyToAward(award, YEAR.proposalApproved())).isSameAs(award);
    }

    @Test
    void theUnitsAwardRecordShowsTheWholePathFromTờTrìnhToAward() {
        AwardHolder thads = AwardHolder.unit(THADS.unit().id().value());
        AwardRecordView record = AwardRecordFold.apply(null, thads, YEAR.flagProposal());
        record = AwardRecordFold.apply(record, YEAR.proposalSubmitted());
        record = AwardRecordFold.apply(record, thads, YEAR.flagAward());
        record = AwardRecordFold.apply(record, YEAR.proposalApproved());

        Award proposed = record.awards().get(0);
        Award awarded = record.awards().get(1);
        assertThat(proposed.decisionNumber()).isEqualTo(Conference2022.PROPOSAL_NUMBER);
        assertThat(proposed.path()).extracting(ProposalStep::status).containsExactly("SUBMITTED", "APPROVED");
        assertThat(proposed.path().get(1).awardDecisionId()).isEqualTo(awarded.decisionId());
        assertThat(awarded.proposal().proposalDecisionNumber()).isEqualTo(Conference2022.PROPOSAL_NUMBER);
        assertThat(awarded.proposal().level()).isEqualTo("MINISTRY");
    }

    @Test
    void aRecipientTheAwardLeftOutSeesTheApprovalWithoutThem() {
        ProposalApproved all = YEAR.proposalApproved();
        ProposalApproved onlyThads = new ProposalApproved(all.proposalId(), all.proposalDecisionId(),
                all.proposalDecisionNumber(), all.title(), all.year(), all.recipients(), all.level(), all.awardDecisionId(),
                all.awardDecisionNumber(), all.approvedOn(), all.awarded().subList(0, 1));
        AwardHolder lawMaking = AwardHolder.unit(CVDCXDPL.unit().id().value());
        AwardRecordView record = AwardRecordFold.apply(AwardRecordFold.apply(null, lawMaking, YEAR.flagProposal()),
                                                       onlyThads);

        assertThat(record.awards()).singleElement().satisfies(row -> {
            assertThat(row.path()).singleElement().extracting(ProposalStep::status).isEqualTo("APPROVED");
            assertThat(row.path().get(0).awarded()).containsExactly(THADS.registrantId().value());
        });
    }

    @Test
    void aStepForATờTrìnhNotInTheViewAddsNothing() {
        assertThat(DecisionFold.applyToProposal(null, YEAR.proposalSubmitted())).isNull();
        assertThat(AwardRecordFold.apply(null, YEAR.proposalSubmitted())).isNull();
        AwardRecordView other = AwardRecordFold.apply(null, AwardHolder.unit(THADS.unit().id().value()),
                                                      YEAR.flagAward());
        assertThat(AwardRecordFold.apply(other, YEAR.proposalSubmitted())).isSameAs(other);
    }
}
