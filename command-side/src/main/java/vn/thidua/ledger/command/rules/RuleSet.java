package vn.thidua.ledger.command.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;

/**
 * Bộ quy tắc thi đua – khen thưởng: one version of the rules the ledger applies, valid from
 * {@code effectiveFrom} to {@code effectiveTo} (inclusive; null = open-ended). {@code rules} cites
 * the legal source of every rule; the typed sections hold the parameters the aggregates use
 * ({@code titleCriteria}: those of the title criteria R2–R5).
 * A new legal text means a new version, never an edit: past events name the version they used.
 */
public record RuleSet(String id, int version, String name, LocalDate effectiveFrom, LocalDate effectiveTo,
                      List<RuleCitation> rules, List<Title> titlesRequiringPledge, RankingMethod rankingMethod,
                      List<VotingRuleSpec> votingRules, RatioCap governmentFlagCap,
                      TitleCriteria titleCriteria) {

    public RuleSet {
        rules = List.copyOf(rules);
        titlesRequiringPledge = List.copyOf(titlesRequiringPledge);
        votingRules = List.copyOf(votingRules);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public RuleCitation citation(RuleCode code) {
        return rules.stream().filter(rule -> rule.code() == code).findFirst()
                .orElseThrow(() -> new IllegalStateException("rule set " + id + " v" + version + " cites no " + code));
    }

    public RuleReference reference(RuleCode code) {
        return new RuleReference(id, version, code.name(), citation(code).legalSource());
    }

    /** "R7 (Nghị định 91/2017/NĐ-CP, Điều 45 khoản 8)": how a rejection names the rule it enforces. */
    public String cite(RuleCode code) {
        return code + " (" + citation(code).legalSource() + "; " + id + " v" + version + ")";
    }

    public boolean requiresPledge(Title title) {
        return titlesRequiringPledge.contains(title);
    }

    /** The voting rule of a round whose threshold the rule set fixes; see the overload for a council's own one. */
    public VotingRule votingRuleFor(Title title, VotingBody body) {
        return votingRuleFor(title, body, null);
    }

    /**
     * The voting rule for {@code title} voted by {@code body}. Where the rule set leaves the ratio to the council
     * (R7 for the grassroots emulation fighter), {@code councilRatio} is the one the council set; without it the
     * round cannot be counted, so it is refused.
     */
    public VotingRule votingRuleFor(Title title, VotingBody body, BigDecimal councilRatio) {
        VotingRuleSpec spec = votingRules.stream()
                .filter(candidate -> candidate.body() == body && candidate.titles().contains(title))
                .findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.VOTING_RULE_NOT_FOUND, "rule set " + id + " v"
                        + version + " has no voting rule for " + title.vietnameseName() + " voted by " + body));
        BigDecimal ratio = spec.thresholdSetByCouncil() ? councilRatio : spec.thresholdRatio();
        if (ratio == null) {
            throw new DomainRejection(ErrorCode.COUNCIL_THRESHOLD_NOT_SET, cite(spec.rule()) + ": the threshold for "
                    + title.vietnameseName() + " is set by the council, which has set none in force on the round's date");
        }
        return new VotingRule(reference(spec.rule()), body, spec.ballot(), ratio, spec.comparison(), spec.base(),
                spec.requiredVotesRounding(), spec.quorumRatio(), spec.maxWinners(), spec.selfVoteAllowed());
    }

    /** Whether the council that votes sets the threshold for {@code title} itself (R7, grassroots emulation fighter). */
    public boolean councilSetsThreshold(Title title, VotingBody body) {
        return votingRules.stream().anyMatch(spec -> spec.body() == body && spec.titles().contains(title)
                && spec.thresholdSetByCouncil());
    }
}
