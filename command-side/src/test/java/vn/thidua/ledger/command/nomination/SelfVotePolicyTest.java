package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.VersionedRuleSetCatalog;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Member;

/** R9: a member unit does not approve its own unit's candidacy where the rule forbids it. */
class SelfVotePolicyTest {

    private static final RuleSet RULES = VersionedRuleSetCatalog.fromClasspath().forYear(2022);
    private static final VotingRule MEMBER_UNITS = RULES.votingRuleFor(Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS);
    private static final Voter HTQT = new Voter(new VoterId("vu-htqt"), ClusterIv2022.HTQT.unit().name(),
            ClusterIv2022.HTQT.unit());
    private static final Map<String, Candidate> CANDIDATES = Map.of(
            "vu-htqt", candidate(ClusterIv2022.HTQT.unit().id().value(), ClusterIv2022.HTQT),
            "tong-cuc-thads", candidate(ClusterIv2022.THADS.unit().id().value(), ClusterIv2022.THADS));

    private static Candidate candidate(String id, Member member) {
        return new Candidate(new RegistrantId(id), member.unit().name(), member.unit(),
                List.of(Title.SECTOR_EMULATION_FLAG));
    }

    @Test
    void aUnitApprovesAnotherUnitsCandidacy() {
        assertThatCode(() -> SelfVotePolicy.check(HTQT, List.of(new RegistrantId("tong-cuc-thads")), CANDIDATES,
                MEMBER_UNITS, RULES)).doesNotThrowAnyException();
    }

    @Test
    void aUnitDoesNotApproveItsOwnCandidacyCitingR9() {
        assertThat(MEMBER_UNITS.selfVoteAllowed()).as("the R8 rule of the rule set forbids self-votes").isFalse();
        assertThatThrownBy(() -> SelfVotePolicy.check(HTQT, List.of(new RegistrantId("vu-htqt")), CANDIDATES,
                MEMBER_UNITS, RULES))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.SELF_VOTE_FORBIDDEN))
                .hasMessageContaining("R9");
    }

    @Test
    void aRuleThatAllowsSelfVotesLetsItPass() {
        VotingRule allowing = new VotingRule(MEMBER_UNITS.rule(), MEMBER_UNITS.body(), MEMBER_UNITS.ballot(),
                MEMBER_UNITS.thresholdRatio(), MEMBER_UNITS.comparison(), MEMBER_UNITS.base(),
                MEMBER_UNITS.requiredVotesRounding(), MEMBER_UNITS.quorumRatio(), MEMBER_UNITS.maxWinners(), true);
        assertThatCode(() -> SelfVotePolicy.check(HTQT, List.of(new RegistrantId("vu-htqt")), CANDIDATES, allowing,
                RULES)).doesNotThrowAnyException();
    }
}
