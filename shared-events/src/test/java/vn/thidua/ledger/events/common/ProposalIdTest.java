package vn.thidua.ledger.events.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** A proposal is known by the tờ trình it carries (docs/proposals.md). */
class ProposalIdTest {

    private static final DecisionId TO_TRINH = DecisionId.of(2022, "01/TTr-CTĐIV");

    @Test
    void aProposalIdIsItsTờTrìnhsIdWithAPrefix() {
        assertThat(ProposalId.of(TO_TRINH)).isEqualTo(new ProposalId("de-nghi.2022_01-TTR-CTDdIV"));
    }

    @Test
    void theTờTrìnhIsReadBackFromTheProposalId() {
        assertThat(ProposalId.of(TO_TRINH).proposalDecisionId()).isEqualTo(TO_TRINH);
    }

    @Test
    void aProposalIdNotDerivedFromATờTrìnhNamesNone() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ProposalId("khong-co").proposalDecisionId());
    }

    @Test
    void aTờTrìnhWhoseIdLeavesNoRoomForThePrefixHasNoProposalId() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProposalId.of(new DecisionId("2022_" + "9".repeat(59))));
    }

    @Test
    void theProposalOfALegacyTờTrìnhKeepsItsLegacyId() {
        DecisionId legacy = DecisionId.legacyOf("01/TTr-CTĐIV");
        assertThat(ProposalId.of(legacy).proposalDecisionId()).isEqualTo(legacy);
    }
}
