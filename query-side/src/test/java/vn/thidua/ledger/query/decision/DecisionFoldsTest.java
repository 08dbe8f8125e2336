package vn.thidua.ledger.query.decision;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;
import vn.thidua.ledger.query.decision.DecisionView.RecipientRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.query.testsupport.ClusterIvYear2022.PLCHUNG;
import static vn.thidua.ledger.query.testsupport.ClusterIvYear2022.THADS;
import static vn.thidua.ledger.query.testsupport.ClusterIvYear2022.appointment2023;
import static vn.thidua.ledger.query.testsupport.ClusterIvYear2022.flagAward;
import static vn.thidua.ledger.query.testsupport.ClusterIvYear2022.flagProposal;
import static vn.thidua.ledger.query.testsupport.ClusterIvYear2022.flagRevoked;

class DecisionFoldsTest {

    @Test
    void aRevokedRecipientStaysInTheDecisionMarkedRevokedWithTheRevocation() {
        DecisionView view = DecisionFold.apply(DecisionFold.apply(null, flagAward()), flagRevoked(THADS));

        assertThat(view.decisionNumber()).isEqualTo("3456/QĐ-BTP");
        assertThat(view.titleName()).isEqualTo("Cờ thi đua ngành Tư pháp");
        assertThat(view.recipients()).extracting(RecipientRow::registrantId, RecipientRow::status)
                                     .containsExactly(tuple("tc-thads", AwardStatus.REVOKED),
                                                      tuple("vu-cvdcxdpl", AwardStatus.AWARDED));
        assertThat(view.recipients().get(0).revocation()).satisfies(r -> {
            assertThat(r.revocationDecisionNumber()).isEqualTo("789/QĐ-BTP");
            assertThat(r.ground()).isEqualTo("STANDARDS_NOT_MET");
            assertThat(r.rule().ruleCode()).isEqualTo("R10");
        });
    }

    @Test
    void anAppointmentNamesHeadAndDeputyForTheYearAndItsRule() {
        DecisionView view = DecisionFold.apply(null, appointment2023());

        assertThat(view.category()).isEqualTo("APPOINTMENT");
        assertThat(view.appointment().year()).isEqualTo(2023);
        assertThat(view.appointment().headName()).isEqualTo("Vụ Hợp tác quốc tế");
        assertThat(view.appointment().deputyName()).isEqualTo("Vụ Các vấn đề chung về xây dựng pháp luật");
        assertThat(view.rule().ruleCode()).isEqualTo("R11");
    }

    @Test
    void theUnitsAwardRecordShowsTheProposalTheAwardAndTheRevocationNeverDeletingIt() {
        AwardHolder thads = AwardHolder.unit("tc-thads");
        AwardRecordView record = null;
        for (DecisionEvent event : new DecisionEvent[] {flagProposal(), flagAward(), flagRevoked(THADS)}) {
            record = AwardRecordFold.apply(record, thads, event);
        }

        assertThat(record.holderName()).isEqualTo("Tổng cục Thi hành án dân sự");
        assertThat(record.awards()).extracting(Award::decisionNumber, Award::status, Award::holder)
                                   .containsExactly(tuple("25/TTr-CTĐ4", AwardStatus.PROPOSED, "COLLECTIVE"),
                                                    tuple("3456/QĐ-BTP", AwardStatus.REVOKED, "COLLECTIVE"));
        assertThat(record.awards().get(1).revocation().reason()).contains("không đạt tiêu chuẩn");
    }

    @Test
    void anotherUnitsRevocationLeavesTheRecordAsItIs() {
        AwardHolder plChung = AwardHolder.unit(PLCHUNG.id().value());
        AwardRecordView awarded = AwardRecordFold.apply(null, plChung, flagAward());

        assertThat(AwardRecordFold.apply(awarded, plChung, flagRevoked(THADS))).isEqualTo(awarded);
        assertThat(awarded.awards()).singleElement().extracting(Award::status).isEqualTo(AwardStatus.AWARDED);
    }
}
