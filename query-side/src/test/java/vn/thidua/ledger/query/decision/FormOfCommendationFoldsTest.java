package vn.thidua.ledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.DecisionEvent;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022Events;
import vn.thidua.ledger.query.decision.AwardRecordView.Award;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;
import vn.thidua.ledger.query.decision.DecisionView.RecipientRow;

/**
 * A form of commendation in the decisions view and in the award records, beside the seed year's titles (module
 * cluster-iv-2022). The person, the numbers and the achievement are illustrative (minh họa).
 */
class FormOfCommendationFoldsTest {

    private static final Conference2022Events YEAR = ClusterIv2022Events.CANONICAL.conference();
    private static final Recipient ENFORCEMENT = recipient(THADS);
    private static final Recipient CLERK = new Recipient(new RegistrantId("mh-can-bo-thads"),
            "Cán bộ Tổng cục Thi hành án dân sự (minh họa)", THADS.unit());
    private static final RuleReference COMPETENCE = new RuleReference("btp-thidua", 1, "FORM_COMPETENCE",
            "thẩm quyền quyết định khen thưởng (minh họa)");

    private static FormOfCommendationDecided form(String number, CommendationAuthority issuer, CommendationKind kind,
                                                  CommendationForm form, String achievement) {
        return new FormOfCommendationDecided(DecisionId.of(2023, number), number, LocalDate.of(2023, 2, 1),
                issuer.vietnameseName() + " (minh họa)", issuer, kind, form, 2022, achievement, CAMPAIGN,
                List.of(ENFORCEMENT, CLERK), COMPETENCE);
    }

    private static final FormOfCommendationDecided CERTIFICATE = form("MH-215/QĐ-BTP", CommendationAuthority.MINISTER,
            CommendationKind.AWARD, CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, null);
    private static final FormOfCommendationDecided ORDER_PROPOSED = form("MH-30/TTr-BTP",
            CommendationAuthority.MINISTER, CommendationKind.PROPOSAL, CommendationForm.LABOUR_ORDER_THIRD_CLASS,
            "Thành tích xuất sắc giai đoạn 2018–2022 (minh họa)");

    @Test
    void theDecisionShowsTheFormItsIssuerAndItsRecipientsWithoutATitleOrRound() {
        DecisionView view = DecisionFold.apply(null, CERTIFICATE);

        assertThat(view.category()).isEqualTo("FORM_OF_COMMENDATION");
        assertThat(view.kind()).isEqualTo("AWARD");
        assertThat(view.title()).isNull();
        assertThat(view.roundId()).isNull();
        assertThat(view.clusterId()).isEqualTo("btp-cum-iv");
        assertThat(view.rule().ruleCode()).isEqualTo("FORM_COMPETENCE");
        assertThat(view.form()).satisfies(form -> {
            assertThat(form.form()).isEqualTo("MINISTER_CERTIFICATE_OF_MERIT");
            assertThat(form.formName()).isEqualTo("Bằng khen của Bộ trưởng");
            assertThat(form.issuer()).isEqualTo("MINISTER");
            assertThat(form.issuerName()).isEqualTo("Bộ trưởng Bộ Tư pháp");
            assertThat(form.achievement()).isNull();
            assertThat(form.campaignId()).isEqualTo("btp-cum-iv-2022");
        });
        assertThat(view.recipients()).extracting(RecipientRow::registrantId, RecipientRow::status)
                                     .containsExactly(tuple("tong-cuc-thads", AwardStatus.AWARDED),
                                                      tuple("mh-can-bo-thads", AwardStatus.AWARDED));
    }

    @Test
    void aTờTrìnhOfAFormListsItsRecipientsAsProposedForTheAchievement() {
        DecisionView view = DecisionFold.apply(null, ORDER_PROPOSED);

        assertThat(view.kind()).isEqualTo("PROPOSAL");
        assertThat(view.form().formName()).isEqualTo("Huân chương Lao động hạng Ba");
        assertThat(view.form().achievement()).contains("2018–2022");
        assertThat(view.recipients()).extracting(RecipientRow::status).containsOnly(AwardStatus.PROPOSED);
    }

    @Test
    void theUnitsAwardRecordShowsItsTitleAndItsFormsAndItsPeoplesForms() {
        AwardHolder thads = AwardHolder.unit(THADS.unit().id().value());
        AwardRecordView record = null;
        // Same decision: rows by registrant id, so the person (mh-…) comes before the unit (tong-cuc-…).
        for (DecisionEvent event : new DecisionEvent[] {YEAR.flagAward(), CERTIFICATE, ORDER_PROPOSED}) {
            record = AwardRecordFold.apply(record, thads, event);
        }

        assertThat(record.awards()).extracting(Award::decisionNumber, Award::titleName, Award::holder, Award::status,
                                               award -> award.form() == null ? null : award.form().formName())
                .containsExactly(
                        tuple("MH-3456/QĐ-BTP", "Cờ thi đua ngành Tư pháp", "COLLECTIVE", AwardStatus.AWARDED, null),
                        tuple("MH-215/QĐ-BTP", null, "INDIVIDUAL", AwardStatus.AWARDED, "Bằng khen của Bộ trưởng"),
                        tuple("MH-215/QĐ-BTP", null, "COLLECTIVE", AwardStatus.AWARDED, "Bằng khen của Bộ trưởng"),
                        tuple("MH-30/TTr-BTP", null, "INDIVIDUAL", AwardStatus.PROPOSED, "Huân chương Lao động hạng Ba"),
                        tuple("MH-30/TTr-BTP", null, "COLLECTIVE", AwardStatus.PROPOSED,
                              "Huân chương Lao động hạng Ba"));
    }

    @Test
    void thePersonsAwardRecordHoldsOnlyTheirOwnForm() {
        AwardHolder clerk = AwardHolder.registrant(CLERK.registrantId().value());
        AwardRecordView record = AwardRecordFold.apply(AwardRecordFold.apply(null, clerk, YEAR.flagAward()), clerk,
                                                       CERTIFICATE);

        assertThat(record.holderName()).isEqualTo("Cán bộ Tổng cục Thi hành án dân sự (minh họa)");
        assertThat(record.awards()).singleElement().satisfies(award -> {
            assertThat(award.form().issuerName()).isEqualTo("Bộ trưởng Bộ Tư pháp");
            assertThat(award.unitName()).isEqualTo("Tổng cục Thi hành án dân sự");
        });
    }

    @Test
    void foldingTheSameEventTwiceGivesTheSameDecision() {
        assertThat(DecisionFold.apply(DecisionFold.apply(null, CERTIFICATE), CERTIFICATE))
                .isEqualTo(DecisionFold.apply(null, CERTIFICATE));
    }
}
