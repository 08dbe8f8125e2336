package vn.thidua.ledger.query.nomination;

import java.util.List;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.query.nomination.RoundView.CandidateRef;

/**
 * Kết quả bình xét giả định: who a closed round would have selected under another voting rule, from the same
 * approvals, beside the announced result. Read-only: nothing is recorded.
 *
 * @param publishedRule the rule the round was counted by
 * @param rule          the rule of the what-if; its {@code rule} reference is null for terms a reader chose
 * @param rows          every candidate, in the round's order
 * @param winners       the ELECTED candidates under the what-if
 * @param illustrative  the round's tallies declared invented, as on the round: a what-if recounted from invented
 *                      approvals is as invented as they are (null when none is declared)
 */
public record RoundWhatIf(String roundId, String campaignId, Title title, Basis basis, VotingRule publishedRule,
                          VotingRule rule, int totalMembership, int ballotsReceived, boolean quorumMet, List<Row> rows,
                          List<CandidateRef> winners, boolean tieAtCap, RoundView.IllustrativeTallies illustrative) {

    public RoundWhatIf {
        rows = List.copyOf(rows);
        winners = List.copyOf(winners);
    }

    /** A rule-set version's rule for the round's title and voting body, or (both null) terms the reader chose. */
    public record Basis(String ruleSetId, Integer ruleSetVersion) {
    }

    /**
     * One candidate: approvals (as counted), the votes the what-if requires, and both outcomes.
     *
     * @param changed whether the what-if outcome differs from the announced one
     */
    public record Row(String registrantId, String name, String unitId, String unitName, int approvals,
                      int requiredVotes, CandidateOutcome outcome, CandidateOutcome publishedOutcome, boolean changed) {
    }
}
