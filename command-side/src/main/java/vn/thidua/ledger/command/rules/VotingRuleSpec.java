package vn.thidua.ledger.command.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * Quy tắc bỏ phiếu as written in a rule set (R7, R8, R9): for which titles and voting body it holds,
 * and its parameters. {@code maxWinners} null means no cap. {@code thresholdSetByCouncil} says that the rule set
 * leaves the ratio to the council that votes (the grassroots emulation fighter's threshold, R7): the round then
 * takes the council's own ratio in force on its date, and {@code thresholdRatio} is null.
 */
public record VotingRuleSpec(RuleCode rule, List<Title> titles, VotingBody body, BallotKind ballot,
                             BigDecimal thresholdRatio, Comparison comparison, ThresholdBase base,
                             RoundingMode requiredVotesRounding, BigDecimal quorumRatio, Integer maxWinners,
                             boolean selfVoteAllowed, boolean thresholdSetByCouncil) {

    public VotingRuleSpec {
        titles = List.copyOf(titles);
        if ((thresholdRatio == null) != thresholdSetByCouncil) {
            throw new IllegalArgumentException("rule " + rule + " for " + titles + ": a threshold ratio is given"
                    + " exactly when the council does not set it");
        }
    }
}
