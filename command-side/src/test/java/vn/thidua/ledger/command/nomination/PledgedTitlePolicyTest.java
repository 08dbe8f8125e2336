package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.YEAR;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.VersionedRuleSetCatalog;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.VotingBody;

/** R1: a title is proposed only for who pledged it that year, where the rule set requires a pledge. */
class PledgedTitlePolicyTest {

    private static final RuleSet RULES = VersionedRuleSetCatalog.fromClasspath().forYear(2022);

    private static OpenNominationRound round(List<Title> pledged) {
        Candidate candidate = new Candidate(HTQT.registrantId(), HTQT.name(), HTQT.unit(), pledged);
        return new OpenNominationRound(new RoundId("vong-co"), CAMPAIGN, YEAR,
                Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS, List.of(candidate), List.of());
    }

    @Test
    void aCandidateWhoPledgedTheTitleStands() {
        assertThat(PledgedTitlePolicy.check(round(List.of(Title.SECTOR_EMULATION_FLAG)), RULES)).isTrue();
    }

    @Test
    void aCandidateWhoDidNotPledgeTheTitleIsRefusedCitingR1() {
        assertThatThrownBy(() -> PledgedTitlePolicy.check(round(List.of(Title.EXCELLENT_COLLECTIVE)), RULES))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.TITLE_NOT_PLEDGED))
                .hasMessageContaining("R1").hasMessageContaining(HTQT.name());
    }
}
