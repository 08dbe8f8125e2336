package vn.thidua.ledger.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.events.record.DisciplineLevel;

class VersionedRuleSetCatalogTest {

    private final RuleSetCatalog catalog = Rules.CATALOG;

    @Test
    void theYear2023IsJudgedUnderDecree91Of2017AndTheYear2024UnderTheLawOf2022() {
        assertThat(catalog.forYear(2023).version()).isEqualTo(1);
        assertThat(catalog.forYear(2023).citation(RuleCode.R7).legalSource()).contains("91/2017/NĐ-CP");
        assertThat(catalog.forYear(2024).version()).isEqualTo(2);
        assertThat(catalog.forYear(2024).citation(RuleCode.R10).legalSource()).contains("06/2022/QH15");
    }

    @Test
    void theDayBeforeTheLawOf2022TookEffectIsStillUnderTheOldRules() {
        assertThat(catalog.inForceOn(LocalDate.of(2023, 12, 31)).version()).isEqualTo(1);
        assertThat(catalog.inForceOn(LocalDate.of(2024, 1, 1)).version()).isEqualTo(2);
    }

    @Test
    void findsAVersionByIdAndVersion() {
        assertThat(catalog.byIdAndVersion("btp-thidua", 1).effectiveTo()).isEqualTo(LocalDate.of(2023, 12, 31));
    }

    @Test
    void aDateWithoutRulesOrAnUnknownVersionIsRejected() {
        assertThatThrownBy(() -> catalog.inForceOn(LocalDate.of(2010, 1, 1)))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.RULE_SET_NOT_FOUND));
        assertThatThrownBy(() -> catalog.byIdAndVersion("btp-thidua", 99)).isInstanceOf(DomainRejection.class);
    }

    @Test
    void emulationFightersNeedNinetyPercentOfTheWholeCouncilBySecretBallot() {
        VotingRule rule = catalog.forYear(2022).votingRuleFor(Title.GRASSROOTS_EMULATION_FIGHTER, VotingBody.COUNCIL);
        assertThat(rule.ballot()).isEqualTo(BallotKind.SECRET);
        assertThat(rule.thresholdRatio()).isEqualByComparingTo(new BigDecimal("0.90"));
        assertThat(rule.base()).isEqualTo(ThresholdBase.TOTAL_MEMBERSHIP);
        assertThat(rule.rule().ruleCode()).isEqualTo("R7");
    }

    @Test
    void theGovernmentFlagCapIsTwentyPercentRoundedDown() {
        assertThat(catalog.forYear(2024).governmentFlagCap().of(14)).isEqualTo(2);
    }

    @Test
    void rejectsRuleSetsInForceAtTheSameTime() {
        RuleSet v1 = catalog.byIdAndVersion("btp-thidua", 1);
        RuleSet overlapping = new RuleSet("btp-thidua", 3, "overlap", LocalDate.of(2023, 6, 1), null, v1.rules(),
                v1.titlesRequiringPledge(), v1.rankingMethod(), v1.votingRules(), v1.governmentFlagCap(), v1.titleCriteria());
        assertThatIllegalStateException().isThrownBy(() -> new VersionedRuleSetCatalog(List.of(v1, overlapping)));
    }

    @Test
    void rejectsASecretBallotRuleThatForbidsSelfVotes() {
        RuleSet v1 = catalog.byIdAndVersion("btp-thidua", 1);
        VotingRuleSpec secret = v1.votingRules().get(0);
        VotingRuleSpec unenforceable = new VotingRuleSpec(secret.rule(), secret.titles(), secret.body(), secret.ballot(),
                secret.thresholdRatio(), secret.comparison(), secret.base(), secret.requiredVotesRounding(),
                secret.quorumRatio(), secret.maxWinners(), false, false);
        RuleSet broken = new RuleSet(v1.id(), v1.version(), v1.name(), v1.effectiveFrom(), v1.effectiveTo(), v1.rules(),
                v1.titlesRequiringPledge(), v1.rankingMethod(), List.of(unenforceable), v1.governmentFlagCap(),
                v1.titleCriteria());
        assertThatIllegalStateException().isThrownBy(() -> new VersionedRuleSetCatalog(List.of(broken)));
    }

    @Test
    void rejectsARuleSetWithoutTitleCriteria() {
        RuleSet v1 = catalog.byIdAndVersion("btp-thidua", 1);
        RuleSet incomplete = new RuleSet(v1.id(), v1.version(), v1.name(), v1.effectiveFrom(), v1.effectiveTo(),
                v1.rules(), v1.titlesRequiringPledge(), v1.rankingMethod(), v1.votingRules(), v1.governmentFlagCap(),
                null);
        assertThatIllegalStateException().isThrownBy(() -> new VersionedRuleSetCatalog(List.of(incomplete)));
    }

    @Test
    void theGrassrootsFighterShareCapIsFifteenPercentUnderTheOldDecreeAndAbsentFrom2024() {
        assertThat(catalog.forYear(2022).titleCriteria().grassrootsFighterCap().of(20)).isEqualTo(3);
        assertThat(catalog.forYear(2024).titleCriteria().grassrootsFighterCap()).isNull();
    }

    @Test
    void aCollectiveLosesItsTitleFromAWarningUpInBothVersions() {
        assertThat(List.of(catalog.forYear(2022), catalog.forYear(2024)))
                .allSatisfy(set -> assertThat(set.titleCriteria().disqualifyingDiscipline())
                        .isEqualTo(DisciplineLevel.WARNING));
        assertThat(catalog.forYear(2022).citation(RuleCode.R5).summary()).contains("từ cảnh cáo trở lên")
                .doesNotContain("khiển trách");
    }
}
