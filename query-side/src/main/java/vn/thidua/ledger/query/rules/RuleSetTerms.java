package vn.thidua.ledger.query.rules;

import java.util.Optional;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;

/**
 * Bộ quy tắc as a what-if reads it: the terms of one rule-set version that decide a ranking or a round's
 * result. A port: the catalog belongs to the command side, which the query side may not import; the app
 * plugs the catalog in.
 */
public interface RuleSetTerms {

    /** How that version ranks ties; empty when the catalog has no such version. */
    Optional<RankingMethod> rankingMethod(String ruleSetId, int version);

    /** That version's voting rule for a title voted by a body; empty when there is none. */
    Optional<VotingRule> votingRule(String ruleSetId, int version, Title title, VotingBody body);
}
