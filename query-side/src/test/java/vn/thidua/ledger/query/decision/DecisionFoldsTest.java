package vn.thidua.ledger.query.decision;

import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022Events;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.decision.AwardRevoked;
import vn.thidua.ledger.events.decision.CommendationDecided;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;
import vn.thidua.ledger.query.decision.DecisionView.RecipientRow;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

class DecisionFoldsTest {

    private static final Conference2022Events YEAR = ClusterIv2022Events.CANONICAL.conference();

    @Test
    void aRevokedRecipientStaysInTheDecisionMarkedRevokedWithTheRevocation() {
        DecisionView view = DecisionFold.apply(DecisionFold.apply(null, YEAR.flagAward()), YEAR.flagRevoked(THADS));

        assertThat(view.decisionNumber()).isEqualTo("MH-3456/QĐ-BTP");
        assertThat(view.titleName()).isEqualTo("Cờ thi đua ngành Tư pháp");
        assertThat(view.recipients()).extracting(RecipientRow::registrantId, RecipientRow::status)
                                     .containsExactly(tuple("tong-cuc-thads", AwardStatus.REVOKED),
                                                      tuple("vu-cvdcxdpl", AwardStatus.AWARDED));
        assertThat(view.recipients().get(0).revocation()).satisfies(r -> {
            assertThat(r.revocationDecisionNumber()).isEqualTo("MH-789/QĐ-BTP");
            assertThat(r.ground()).isEqualTo("STANDARDS_NOT_MET");
            assertThat(r.rule().ruleCode()).isEqualTo("R10");
        });
    }

    @Test
    void anAppointmentNamesHeadAndDeputyForTheYearAndItsRule() {
        DecisionView view = DecisionFold.apply(null, YEAR.appointment2023());

        assertThat(view.category()).isEqualTo("APPOINTMENT");
        assertThat(view.appointment().year()).isEqualTo(2023);
        assertThat(view.appointment().headName()).isEqualTo("Vụ Hợp tác quốc tế");
        assertThat(view.appointment().deputyName()).isEqualTo("Tổng cục Thi hành án dân sự");
        assertThat(view.rule().ruleCode()).isEqualTo("R11");
    }

    @Test
    void theUnitsAwardRecordShowsTheProposalTheAwardAndTheRevocationNeverDeletingIt() {
        AwardHolder thads = AwardHolder.unit("tong-cuc-thads");
        AwardRecordView record = null;
        for (DecisionEvent event : new DecisionEvent[] {YEAR.flagProposal(), YEAR.flagAward(), YEAR.flagRevoked(THADS)}) {
            record = AwardRecordFold.apply(record, thads, event);
        }

        assertThat(record.holderName()).isEqualTo("Tổng cục Thi hành án dân sự");
        assertThat(record.awards()).extracting(Award::decisionNumber, Award::status, Award::holder)
                                   .containsExactly(tuple("MH-01/TTr-CTĐIV", AwardStatus.PROPOSED, "COLLECTIVE"),
                                                    tuple("MH-3456/QĐ-BTP", AwardStatus.REVOKED, "COLLECTIVE"));
        assertThat(record.awards().get(1).revocation().reason()).contains("không đạt tiêu chuẩn");
    }

    @Test
    void anotherUnitsRevocationLeavesTheRecordAsItIs() {
        AwardHolder plChung = AwardHolder.unit(CVDCXDPL.unit().id().value());
        AwardRecordView awarded = AwardRecordFold.apply(null, plChung, YEAR.flagAward());

        assertThat(AwardRecordFold.apply(awarded, plChung, YEAR.flagRevoked(THADS))).isEqualTo(awarded);
        assertThat(awarded.awards()).singleElement().extracting(Award::status).isEqualTo(AwardStatus.AWARDED);
    }

    @Test
    void theSameNumberSignedInTwoYearsIsTwoAwardsAndARevocationTakesOnlyItsOwn() {
        AwardHolder thads = AwardHolder.unit(THADS.unit().id().value());
        CommendationDecided earlier = YEAR.commendation(Conference2022.AWARD_NUMBER, CommendationKind.AWARD,
                                                        LocalDate.of(2022, 3, 1), THADS);
        AwardRecordView record = null;
        for (DecisionEvent event : new DecisionEvent[] {earlier, YEAR.flagAward(), YEAR.flagRevoked(THADS)}) {
            record = AwardRecordFold.apply(record, thads, event);
        }

        assertThat(record.awards()).extracting(Award::decisionId, Award::decisionNumber, Award::status)
                                   .containsExactly(tuple("2022_MH-3456-QDd-BTP", "MH-3456/QĐ-BTP", AwardStatus.AWARDED),
                                                    tuple("2023_MH-3456-QDd-BTP", "MH-3456/QĐ-BTP", AwardStatus.REVOKED));
    }

    @Test
    void aDecisionRecordedUnderItsLegacyIdFoldsAsItDidAndItsRevocationFindsIt() {
        CommendationDecided award = YEAR.flagAward();
        DecisionId legacyId = DecisionId.legacyOf(award.decisionNumber());
        CommendationDecided legacyAward = new CommendationDecided(legacyId, award.decisionNumber(), award.signedOn(),
                award.signedBy(), award.kind(), award.title(), award.year(), award.roundId(), award.roundRule(),
                award.recipients(), award.proposalCap());
        AwardRevoked revoked = YEAR.flagRevoked(THADS);
        AwardRevoked legacyRevoked = new AwardRevoked(legacyId, revoked.decisionNumber(), revoked.title(),
                revoked.recipient(), revoked.revocationDecisionNumber(), revoked.revokedOn(), revoked.ground(),
                revoked.reason(), revoked.rule());

        DecisionView view = DecisionFold.apply(DecisionFold.apply(null, legacyAward), legacyRevoked);
        AwardRecordView record = AwardRecordFold.apply(AwardRecordFold.apply(null, AwardHolder.unit(
                THADS.unit().id().value()), legacyAward), AwardHolder.unit(THADS.unit().id().value()), legacyRevoked);

        assertThat(view.decisionId()).isEqualTo("MH-3456-QD-BTP");
        assertThat(view.recipients()).extracting(RecipientRow::status).containsExactly(AwardStatus.REVOKED,
                                                                                        AwardStatus.AWARDED);
        assertThat(record.awards()).extracting(Award::decisionId, Award::status)
                                   .containsExactly(tuple("MH-3456-QD-BTP", AwardStatus.REVOKED));
    }
}
