package vn.thidua.ledger.query.nomination;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.events.nomination.VoteCount;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.query.nomination.RoundView.CandidateRef;
import vn.thidua.ledger.query.nomination.RoundView.Tally;
import vn.thidua.ledger.query.rules.RuleSetTerms;
import vn.thidua.ledger.query.rules.UnknownRuleSetException;
import vn.thidua.ledger.query.view.InvalidQueryException;
import vn.thidua.ledger.query.view.QueryRejectionCode;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/**
 * Recounts a closed round from its announced approvals under another voting rule, with {@link VoteCount}: the
 * count the round itself closed with, so the round's own rule gives back the announced result.
 */
@Component
class RoundWhatIfs {

    /**
     * Terms a reader changes; a null keeps the round's own.
     *
     * @param maxWinners 0 for no cap
     */
    record RuleChange(BigDecimal thresholdRatio, Comparison comparison, ThresholdBase base,
                      RoundingMode requiredVotesRounding, BigDecimal quorumRatio, Integer maxWinners) {

        /**
         * {@code UNNECESSARY} rounds nothing: ratio × base is often fractional (0.75 × 6 = 4.5 votes), and no rule
         * set uses it, so a reader asking for it is told so rather than getting a count that fails.
         */
        RuleChange {
            if (requiredVotesRounding == RoundingMode.UNNECESSARY) {
                throw new InvalidQueryException(QueryRejectionCode.INVALID_WHAT_IF, "requiredVotesRounding must round "
                        + "ratio x base to whole votes (UP, DOWN, CEILING, FLOOR, HALF_UP, HALF_DOWN or HALF_EVEN), "
                        + "not UNNECESSARY");
            }
        }

        VotingRule applyTo(VotingRule own) {
            Integer cap = maxWinners == null ? own.maxWinners() : maxWinners == 0 ? null : maxWinners;
            return new VotingRule(null, own.body(), own.ballot(), or(thresholdRatio, own.thresholdRatio()),
                    or(comparison, own.comparison()), or(base, own.base()),
                    or(requiredVotesRounding, own.requiredVotesRounding()), or(quorumRatio, own.quorumRatio()), cap,
                    own.selfVoteAllowed());
        }

        private static <T> T or(T given, T own) {
            return given == null ? own : given;
        }
    }

    private final RoundViews views;
    private final RuleSetTerms ruleSets;

    RoundWhatIfs(RoundViews views, RuleSetTerms ruleSets) {
        this.views = views;
        this.ruleSets = ruleSets;
    }

    RoundWhatIf underRuleSet(String roundId, String ruleSetId, int version) {
        RoundView round = closedRound(roundId);
        VotingRule rule = ruleSets.votingRule(ruleSetId, version, round.title(), round.rule().body())
                .orElseThrow(() -> new UnknownRuleSetException(ruleSetId, version,
                        "voting rule for " + round.title() + " voted by " + round.rule().body()));
        return recount(round, new RoundWhatIf.Basis(ruleSetId, version), rule);
    }

    RoundWhatIf underTerms(String roundId, RuleChange change) {
        RoundView round = closedRound(roundId);
        return recount(round, new RoundWhatIf.Basis(null, null), change.applyTo(round.rule()));
    }

    private RoundView closedRound(String roundId) {
        RoundView round = views.rounds().find(roundId)
                .orElseThrow(() -> new ViewNotFoundException("No nomination round " + roundId)).view();
        if (round.result() == null) {
            throw new RoundNotClosedException(roundId);
        }
        return round;
    }

    private static RoundWhatIf recount(RoundView round, RoundWhatIf.Basis basis, VotingRule rule) {
        List<Tally> announced = round.result().tallies();
        List<Candidate> candidates = announced.stream().map(tally -> new Candidate(new RegistrantId(tally.registrantId()),
                tally.name(), new UnitRef(new UnitId(tally.unitId()), tally.unitName()), List.of())).toList();
        VoteCount.Tally count = VoteCount.count(rule, candidates, announced.stream().map(Tally::approvals).toList(),
                round.totalMembership(), round.ballotsReceived());
        List<RoundWhatIf.Row> rows = new ArrayList<>();
        for (int i = 0; i < announced.size(); i++) {
            CandidateResult result = count.results().get(i);
            Tally tally = announced.get(i);
            rows.add(new RoundWhatIf.Row(tally.registrantId(), tally.name(), tally.unitId(), tally.unitName(),
                    result.approvals(), result.requiredVotes(), result.outcome(), tally.outcome(),
                    result.outcome() != tally.outcome()));
        }
        List<CandidateRef> winners = rows.stream().filter(row -> row.outcome() == CandidateOutcome.ELECTED)
                .map(row -> new CandidateRef(row.registrantId(), row.name(), row.unitId(), row.unitName())).toList();
        return new RoundWhatIf(round.roundId(), round.campaignId(), round.title(), basis, round.rule(), rule,
                round.totalMembership(), count.ballotsReceived(), count.quorumMet(), rows, winners, count.tieAtCap(),
                round.illustrative());
    }
}
