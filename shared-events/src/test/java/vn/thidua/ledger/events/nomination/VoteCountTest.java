package vn.thidua.ledger.events.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.events.nomination.CandidateOutcome.BELOW_THRESHOLD;
import static vn.thidua.ledger.events.nomination.CandidateOutcome.ELECTED;
import static vn.thidua.ledger.events.nomination.CandidateOutcome.NO_QUORUM;
import static vn.thidua.ledger.events.nomination.CandidateOutcome.OUTRANKED;
import static vn.thidua.ledger.events.nomination.CandidateOutcome.TIED_AT_CAP;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

/** The arithmetic of R7 and R8, on illustrative candidates and counts. */
class VoteCountTest {

    private static final Candidate A = candidate("a");
    private static final Candidate B = candidate("b");
    private static final Candidate C = candidate("c");

    @Test
    void nineOfTenApprovalsReachNinetyPercentOfTheTotalMembership() {
        assertThat(outcome(ninetyPercentOf(ThresholdBase.TOTAL_MEMBERSHIP), 10, approvals(9, 9))).containsExactly(ELECTED);
    }

    @Test
    void eightOfTenApprovalsFailEvenWhenOnlyNineMembersTookPart() {
        VoteCount.Tally tally = VoteCount.count(ninetyPercentOf(ThresholdBase.TOTAL_MEMBERSHIP), List.of(A), 10,
                approvals(8, 9));
        assertThat(tally.results()).extracting(CandidateResult::outcome).containsExactly(BELOW_THRESHOLD);
        assertThat(tally.results().get(0).requiredVotes()).isEqualTo(9);
        assertThat(tally.results().get(0).base()).isEqualTo(10);
    }

    @Test
    void ofThosePresentNineOfNinePassWhereOfTheTotalTheyWouldFailTheNinetyPercent() {
        assertThat(outcome(ninetyPercentOf(ThresholdBase.PRESENT), 11, approvals(9, 9))).containsExactly(ELECTED);
        assertThat(outcome(ninetyPercentOf(ThresholdBase.TOTAL_MEMBERSHIP), 11, approvals(9, 9)))
                .containsExactly(BELOW_THRESHOLD);
    }

    @Test
    void moreThanHalfNeedsStrictlyMoreThanHalf() {
        assertThat(outcome(moreThanHalf(null), 6, approvals(3, 6))).containsExactly(BELOW_THRESHOLD);
        assertThat(outcome(moreThanHalf(null), 6, approvals(4, 6))).containsExactly(ELECTED);
    }

    @Test
    void aCandidateNeedsAtLeastOneApprovalWhateverTheBase() {
        assertThat(outcome(ninetyPercentOf(ThresholdBase.PRESENT), 10, List.of())).containsExactly(BELOW_THRESHOLD);
    }

    @Test
    void theMostApprovedPassingCandidatesFillTheCap() {
        List<List<RegistrantId>> ballots = ballots(List.of(5, 4, 3), 6);
        assertThat(VoteCount.count(moreThanHalf(2), List.of(A, B, C), 5, ballots).results())
                .extracting(CandidateResult::outcome).containsExactly(ELECTED, ELECTED, OUTRANKED);
    }

    @Test
    void candidatesTiedForTheLastPlaceUnderTheCapAreNeitherElectedNorDropped() {
        List<List<RegistrantId>> ballots = ballots(List.of(5, 4, 4), 6);
        VoteCount.Tally tally = VoteCount.count(moreThanHalf(2), List.of(A, B, C), 6, ballots);
        assertThat(tally.results()).extracting(CandidateResult::outcome).containsExactly(ELECTED, TIED_AT_CAP, TIED_AT_CAP);
        assertThat(tally.tieAtCap()).isTrue();
    }

    @Test
    void withoutQuorumNobodyIsElected() {
        VotingRule rule = withQuorum(moreThanHalf(null), "0.5");
        VoteCount.Tally tally = VoteCount.count(rule, List.of(A), 10, approvals(4, 4));
        assertThat(tally.quorumMet()).isFalse();
        assertThat(tally.results()).extracting(CandidateResult::outcome).containsExactly(NO_QUORUM);
    }

    private static List<CandidateOutcome> outcome(VotingRule rule, int members, List<List<RegistrantId>> ballots) {
        return VoteCount.count(rule, List.of(A), members, ballots).results().stream().map(CandidateResult::outcome)
                .toList();
    }

    /** {@code received} ballots, of which the first {@code approving} approve candidate A. */
    private static List<List<RegistrantId>> approvals(int approving, int received) {
        List<List<RegistrantId>> ballots = new ArrayList<>(Collections.nCopies(approving, List.of(A.registrantId())));
        ballots.addAll(Collections.nCopies(received - approving, List.of()));
        return ballots;
    }

    /** Ballot i approves each candidate whose approval count is still above i. */
    private static List<List<RegistrantId>> ballots(List<Integer> approvalsPerCandidate, int received) {
        List<Candidate> candidates = List.of(A, B, C);
        List<List<RegistrantId>> ballots = new ArrayList<>();
        for (int i = 0; i < received; i++) {
            int ballot = i;
            ballots.add(candidates.stream().filter(c -> approvalsPerCandidate.get(candidates.indexOf(c)) > ballot)
                    .map(Candidate::registrantId).toList());
        }
        return ballots;
    }

    private static VotingRule ninetyPercentOf(ThresholdBase base) {
        return new VotingRule(reference("R7"), VotingBody.COUNCIL, BallotKind.SECRET, new BigDecimal("0.90"),
                Comparison.AT_LEAST, base, RoundingMode.CEILING, BigDecimal.ZERO, null, true);
    }

    private static VotingRule moreThanHalf(Integer maxWinners) {
        return new VotingRule(reference("R8"), VotingBody.MEMBER_UNITS, BallotKind.OPEN, new BigDecimal("0.50"),
                Comparison.MORE_THAN, ThresholdBase.TOTAL_MEMBERSHIP, RoundingMode.CEILING, BigDecimal.ZERO,
                maxWinners, false);
    }

    private static VotingRule withQuorum(VotingRule rule, String quorum) {
        return new VotingRule(rule.rule(), rule.body(), rule.ballot(), rule.thresholdRatio(), rule.comparison(),
                rule.base(), rule.requiredVotesRounding(), new BigDecimal(quorum), rule.maxWinners(),
                rule.selfVoteAllowed());
    }

    private static RuleReference reference(String code) {
        return new RuleReference("test", 1, code, "quy tắc thử nghiệm");
    }

    private static Candidate candidate(String id) {
        return new Candidate(new RegistrantId(id), "Ứng viên " + id + " (minh họa)",
                new UnitRef(new UnitId("unit-" + id), "Đơn vị " + id + " (minh họa)"), List.of());
    }
}
