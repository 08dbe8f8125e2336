package vn.thidua.ledger.events.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * Kiểm phiếu: the result of a round under its voting rule (R7, R8). Pure, so that the same ballots
 * and rule always give the same result, on the day and in a replay years later.
 *
 * <p>The votes required are {@code ratio × base}: for "at least" rounded by the rule (CEILING is
 * the exact meaning), for "more than" the next whole vote above. Under TOTAL_MEMBERSHIP absent
 * members who did not vote count against a candidate — the point of R7 (Decree 91/2017 art. 45(8)).
 * A candidate always needs at least one approval. When more candidates pass than the cap allows,
 * the ones with most approvals win; if candidates tie for the last place(s), none of the tied ones
 * is picked: they are TIED_AT_CAP, for a run-off.
 *
 * <p>In the contract, beside {@link VotingRule}, because three readers must agree on it: the round that
 * announces a result, the what-if count of a closed round under another rule, and an auditor who checks a
 * {@link NominationRoundClosed} against its approvals.
 */
public final class VoteCount {

    private VoteCount() {
    }

    /** The result of a count: what {@link NominationRoundClosed} announces. */
    public record Tally(int ballotsReceived, boolean quorumMet, List<CandidateResult> results, boolean tieAtCap) {
    }

    /** Counts the ballots, each the list of candidates it approves. */
    public static Tally count(VotingRule rule, List<Candidate> candidates, int totalMembership,
                              Collection<List<RegistrantId>> ballots) {
        List<Integer> approvals = candidates.stream().map(candidate -> (int) ballots.stream()
                .filter(ballot -> ballot.contains(candidate.registrantId())).count()).toList();
        return count(rule, candidates, approvals, totalMembership, ballots.size());
    }

    /** The result from each candidate's approvals (in the candidates' order) and the number of ballots received. */
    public static Tally count(VotingRule rule, List<Candidate> candidates, List<Integer> approvals,
                              int totalMembership, int received) {
        boolean quorumMet = BigDecimal.valueOf(received)
                .compareTo(rule.quorumRatio().multiply(BigDecimal.valueOf(totalMembership))) >= 0;
        int base = rule.base() == ThresholdBase.TOTAL_MEMBERSHIP ? totalMembership : received;
        int required = requiredVotes(rule, base);
        int cutoff = cutoff(rule.maxWinners(), approvals.stream().filter(count -> count >= required).toList());
        long atCutoff = approvals.stream().filter(count -> count >= required && count == cutoff).count();
        long above = approvals.stream().filter(count -> count >= required && count > cutoff).count();
        boolean tieAtCap = rule.maxWinners() != null && above + atCutoff > rule.maxWinners();
        List<CandidateResult> results = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            int count = approvals.get(i);
            CandidateOutcome outcome;
            if (!quorumMet) {
                outcome = CandidateOutcome.NO_QUORUM;
            } else if (count < required) {
                outcome = CandidateOutcome.BELOW_THRESHOLD;
            } else if (count > cutoff || (count == cutoff && !tieAtCap)) {
                outcome = CandidateOutcome.ELECTED;
            } else if (count == cutoff) {
                outcome = CandidateOutcome.TIED_AT_CAP;
            } else {
                outcome = CandidateOutcome.OUTRANKED;
            }
            Candidate candidate = candidates.get(i);
            results.add(new CandidateResult(candidate.registrantId(), candidate.name(), candidate.unit(), count, base,
                    required, outcome));
        }
        return new Tally(received, quorumMet, List.copyOf(results), quorumMet && tieAtCap);
    }

    public static int requiredVotes(VotingRule rule, int base) {
        BigDecimal exact = rule.thresholdRatio().multiply(BigDecimal.valueOf(base));
        int required = rule.comparison() == Comparison.AT_LEAST
                ? exact.setScale(0, rule.requiredVotesRounding()).intValueExact()
                : exact.setScale(0, RoundingMode.FLOOR).intValueExact() + 1;
        return Math.max(required, 1);
    }

    /** The fewest approvals that still reach a place under the cap; 0 (everyone who passed) when uncapped. */
    private static int cutoff(Integer maxWinners, List<Integer> passing) {
        if (maxWinners == null || passing.size() <= maxWinners) {
            return 0;
        }
        return passing.stream().sorted(Comparator.reverseOrder()).toList().get(maxWinners - 1);
    }
}
