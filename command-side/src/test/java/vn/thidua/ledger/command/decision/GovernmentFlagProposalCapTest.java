package vn.thidua.ledger.command.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.VersionedRuleSetCatalog;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.ProposalCap;

/** R6: Government flag proposals ≤ 20% of the cluster-leading collectives, rounded down (5007/BNV-TĐKT). */
class GovernmentFlagProposalCapTest {

    private static final RuleSet RULES = VersionedRuleSetCatalog.fromClasspath().forYear(2022);

    private static IssueCommendationDecision decision(CommendationKind kind, Title title, int recipients,
                                                      Integer leading) {
        List<RegistrantId> ids = IntStream.range(0, recipients).mapToObj(i -> new RegistrantId("don-vi-" + i)).toList();
        return new IssueCommendationDecision("01/TTr-CTĐIV", LocalDate.of(2022, 12, 20), "Trưởng Cụm", kind, title,
                2022, new RoundId("vong-1"), RULES.reference(RuleCode.R8), List.of(), ids, leading);
    }

    @Test
    void onlyAProposalForTheGovernmentFlagIsCapped() {
        assertThat(GovernmentFlagProposalCap.check(decision(CommendationKind.AWARD, Title.GOVERNMENT_EMULATION_FLAG,
                5, null), RULES)).isNull();
        assertThat(GovernmentFlagProposalCap.check(decision(CommendationKind.PROPOSAL, Title.SECTOR_EMULATION_FLAG,
                5, null), RULES)).isNull();
    }

    @Test
    void twentyPercentOfTwelveLeadingCollectivesAllowsTwoProposals() {
        ProposalCap cap = GovernmentFlagProposalCap.check(decision(CommendationKind.PROPOSAL,
                Title.GOVERNMENT_EMULATION_FLAG, 2, 12), RULES);
        assertThat(cap).isEqualTo(new ProposalCap(RULES.reference(RuleCode.R6), 12, 2));
    }

    @Test
    void aThirdProposalForTwelveLeadingCollectivesIsOverTheCap() {
        assertThatThrownBy(() -> GovernmentFlagProposalCap.check(decision(CommendationKind.PROPOSAL,
                Title.GOVERNMENT_EMULATION_FLAG, 3, 12), RULES))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.PROPOSAL_CAP_EXCEEDED))
                .hasMessageContaining("R6").hasMessageContaining("at most 2");
    }

    @Test
    void theCountOfLeadingCollectivesIsRequiredAndNotNegative() {
        assertThatThrownBy(() -> GovernmentFlagProposalCap.check(decision(CommendationKind.PROPOSAL,
                Title.GOVERNMENT_EMULATION_FLAG, 1, null), RULES)).isInstanceOf(DomainRejection.class);
        assertThatThrownBy(() -> GovernmentFlagProposalCap.check(decision(CommendationKind.PROPOSAL,
                Title.GOVERNMENT_EMULATION_FLAG, 1, -1), RULES))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_INPUT));
    }
}
