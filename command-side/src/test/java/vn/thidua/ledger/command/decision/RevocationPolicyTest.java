package vn.thidua.ledger.command.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.VersionedRuleSetCatalog;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.decision.RevocationGround;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022Events;

/** R10: an award is revoked one recipient at a time, once, by a decision with a ground and a reason. */
class RevocationPolicyTest {

    private static final RuleSet RULES = VersionedRuleSetCatalog.fromClasspath().forYear(2022);
    private static final Recipient HTQT = Conference2022Events.recipient(ClusterIv2022.HTQT);
    private static final Map<String, Recipient> RECIPIENTS = Map.of(ClusterIv2022.HTQT.id(), HTQT);

    private static RevokeAward revoke(String recipient, String reason) {
        return revoke(recipient, "99/QĐ-BTP", LocalDate.of(2023, 6, 1), reason);
    }

    private static RevokeAward revoke(String recipient, String revocationNumber, LocalDate revokedOn, String reason) {
        return new RevokeAward(DecisionId.of(2023, "3456/QĐ-BTP"), new RegistrantId(recipient), revocationNumber,
                revokedOn, RevocationGround.FALSE_DECLARATION, reason);
    }

    private static ErrorCode refusal(RevokeAward command, CommendationKind kind, Set<String> revoked) {
        try {
            RevocationPolicy.check(command, "3456/QĐ-BTP", kind, RECIPIENTS, revoked, RULES);
        } catch (DomainRejection rejection) {
            return rejection.code();
        }
        return null;
    }

    @Test
    void anAwardIsRevokedFromOneOfItsRecipients() {
        assertThat(RevocationPolicy.check(revoke(ClusterIv2022.HTQT.id(), "Kê khai không trung thực"), "3456/QĐ-BTP",
                CommendationKind.AWARD, RECIPIENTS, Set.of(), RULES)).isEqualTo(HTQT);
    }

    @Test
    void aProposalIsNoAwardAndAStrangerNoRecipient() {
        assertThat(refusal(revoke(ClusterIv2022.HTQT.id(), "lý do"), CommendationKind.PROPOSAL, Set.of()))
                .isEqualTo(ErrorCode.NOT_AN_AWARD);
        assertThat(refusal(revoke("vu-khac", "lý do"), CommendationKind.AWARD, Set.of()))
                .isEqualTo(ErrorCode.NOT_A_RECIPIENT);
    }

    @Test
    void anAwardIsRevokedOnceCitingR10() {
        assertThatThrownBy(() -> RevocationPolicy.check(revoke(ClusterIv2022.HTQT.id(), "lý do"), "3456/QĐ-BTP",
                CommendationKind.AWARD, RECIPIENTS, Set.of(ClusterIv2022.HTQT.id()), RULES))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.AWARD_ALREADY_REVOKED))
                .hasMessageContaining("R10");
    }

    @Test
    void theRevocationDecisionNeedsAUsableNumberAndItsDate() {
        assertThat(refusal(revoke(ClusterIv2022.HTQT.id(), "//", LocalDate.of(2023, 6, 1), "lý do"),
                CommendationKind.AWARD, Set.of())).isEqualTo(ErrorCode.INVALID_INPUT);
        assertThat(refusal(revoke(ClusterIv2022.HTQT.id(), "99/QĐ-BTP", null, "lý do"),
                CommendationKind.AWARD, Set.of())).isEqualTo(ErrorCode.INVALID_INPUT);
    }

    @Test
    void aRevocationWithoutAReasonIsRefused() {
        assertThat(refusal(revoke(ClusterIv2022.HTQT.id(), " "), CommendationKind.AWARD, Set.of())).isNotNull();
    }
}
