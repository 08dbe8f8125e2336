package vn.thidua.ledger.query.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022Events.recipient;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.FormOfCommendationDecided;
import vn.thidua.ledger.events.decision.FormOfCommendationRevoked;
import vn.thidua.ledger.events.decision.RevocationGround;
import vn.thidua.ledger.query.decision.DecisionView.AwardStatus;

/**
 * R10 for a form of commendation: the Minister's Bằng khen to two of the seed year's units (module cluster-iv-2022)
 * is revoked from one; the decision and that unit's award record show it revoked, the other's stays awarded. The
 * numbers are illustrative (minh họa).
 */
class FormRevocationFoldsTest {

    private static final RuleReference R10 = new RuleReference("btp-thidua", 1, "R10", "hủy bỏ quyết định (minh họa)");
    private static final FormOfCommendationDecided CERTIFICATE = new FormOfCommendationDecided(
            DecisionId.of(2023, "MH-215/QĐ-BTP"), "MH-215/QĐ-BTP", LocalDate.of(2023, 2, 1),
            "Bộ trưởng (minh họa)", CommendationAuthority.MINISTER, CommendationKind.AWARD,
            CommendationForm.MINISTER_CERTIFICATE_OF_MERIT, 2022, null, CAMPAIGN,
            List.of(recipient(THADS), recipient(CVDCXDPL)),
            new RuleReference("btp-thidua", 1, "FORM_COMPETENCE", "thẩm quyền (minh họa)"));
    private static final FormOfCommendationRevoked REVOKED = new FormOfCommendationRevoked(CERTIFICATE.decisionId(),
            CERTIFICATE.decisionNumber(), CERTIFICATE.form(), recipient(THADS), "MH-89/QĐ-BTP",
            LocalDate.of(2023, 6, 1), RevocationGround.FALSE_DECLARATION, "Khai man thành tích (minh họa)", R10);

    @Test
    void theDecisionShowsTheRevokedRecipientWithTheRevocation() {
        DecisionView view = DecisionFold.apply(DecisionFold.apply(null, CERTIFICATE), REVOKED);

        assertThat(view.recipients()).extracting(DecisionView.RecipientRow::status)
                .containsExactly(AwardStatus.REVOKED, AwardStatus.AWARDED);
        assertThat(view.recipients().get(0).revocation()).satisfies(revocation -> {
            assertThat(revocation.revocationDecisionNumber()).isEqualTo("MH-89/QĐ-BTP");
            assertThat(revocation.ground()).isEqualTo("FALSE_DECLARATION");
            assertThat(revocation.rule()).isEqualTo(R10);
        });
        assertThat(view.form().form()).isEqualTo("MINISTER_CERTIFICATE_OF_MERIT");
    }

    @Test
    void onlyTheRevokedUnitsAwardRecordShowsTheRevocation() {
        AwardHolder thads = AwardHolder.unit(THADS.unit().id().value());
        AwardHolder lawMaking = AwardHolder.unit(CVDCXDPL.unit().id().value());
        AwardRecordView revoked = AwardRecordFold.apply(AwardRecordFold.apply(null, thads, CERTIFICATE), thads, REVOKED);
        AwardRecordView kept = AwardRecordFold.apply(null, lawMaking, CERTIFICATE);

        assertThat(revoked.awards()).singleElement().satisfies(award -> {
            assertThat(award.revocation().revocationDecisionNumber()).isEqualTo("MH-89/QĐ-BTP");
            assertThat(award.form().form()).isEqualTo("MINISTER_CERTIFICATE_OF_MERIT");
        });
        assertThat(AwardRecordFold.apply(kept, lawMaking, REVOKED)).isSameAs(kept);
    }
}
