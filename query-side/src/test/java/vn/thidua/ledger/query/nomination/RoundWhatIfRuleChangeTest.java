package vn.thidua.ledger.query.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.query.view.InvalidQueryException;

/** A what-if's terms change only what they name; the result no longer cites the rule set's rule. */
class RoundWhatIfRuleChangeTest {

    private static final VotingRule R8 = new VotingRule(new RuleReference("btp-thidua", 1, "R8", "Quy chế (minh họa)"),
            VotingBody.MEMBER_UNITS, BallotKind.OPEN, new BigDecimal("0.5"), Comparison.MORE_THAN,
            ThresholdBase.TOTAL_MEMBERSHIP, RoundingMode.CEILING, BigDecimal.ZERO, 2, true);

    @Test
    void termsLeftOutKeepTheRoundsOwn() {
        VotingRule changed = new RoundWhatIfs.RuleChange(new BigDecimal("0.75"), Comparison.AT_LEAST, null, null, null,
                                                         null).applyTo(R8);

        assertThat(changed).isEqualTo(new VotingRule(null, VotingBody.MEMBER_UNITS, BallotKind.OPEN,
                new BigDecimal("0.75"), Comparison.AT_LEAST, ThresholdBase.TOTAL_MEMBERSHIP, RoundingMode.CEILING,
                BigDecimal.ZERO, 2, true));
    }

    @Test
    void aCapOfZeroMeansNoCap() {
        VotingRule changed = new RoundWhatIfs.RuleChange(null, null, ThresholdBase.PRESENT, null, new BigDecimal("0.5"),
                                                         0).applyTo(R8);

        assertThat(changed.maxWinners()).isNull();
        assertThat(changed.base()).isEqualTo(ThresholdBase.PRESENT);
        assertThat(changed.quorumRatio()).isEqualByComparingTo("0.5");
    }

    @Test
    void aRoundingThatRoundsNothingIsRefused() {
        assertThatThrownBy(() -> new RoundWhatIfs.RuleChange(null, null, null, RoundingMode.UNNECESSARY, null, null))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("requiredVotesRounding");
    }
}
