package vn.thidua.ledger.events.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.thidua.ledger.events.common.RuleReference;

/**
 * Quy tắc bỏ phiếu applied to a round, copied from the rule set when the round opened so the
 * result is computed, and later re-explained, under exactly this rule.
 *
 * @param requiredVotesRounding how {@code thresholdRatio × base} becomes a whole number of votes
 *                              for an AT_LEAST threshold (CEILING = the exact meaning of "at least")
 * @param quorumRatio           share of the total membership that must take part; zero for none
 * @param maxWinners            most candidates who can be elected; null for no cap
 * @param selfVoteAllowed       false where a voter may not approve a candidate of its own unit (R9)
 */
public record VotingRule(RuleReference rule, VotingBody body, BallotKind ballot, BigDecimal thresholdRatio,
                         Comparison comparison, ThresholdBase base, RoundingMode requiredVotesRounding,
                         BigDecimal quorumRatio, Integer maxWinners, boolean selfVoteAllowed) {
}
