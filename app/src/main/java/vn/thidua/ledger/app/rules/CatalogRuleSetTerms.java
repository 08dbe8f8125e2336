package vn.thidua.ledger.app.rules;

import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.command.rules.RuleSetCatalog;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.query.rules.RuleSetTerms;

/** The query side's what-ifs read the command side's rule-set catalog through this adapter (the sides never meet). */
@Component
class CatalogRuleSetTerms implements RuleSetTerms {

    private final RuleSetCatalog catalog;

    CatalogRuleSetTerms(RuleSetCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Optional<RankingMethod> rankingMethod(String ruleSetId, int version) {
        return find(ruleSetId, version, RuleSet::rankingMethod);
    }

    @Override
    public Optional<VotingRule> votingRule(String ruleSetId, int version, Title title, VotingBody body) {
        return find(ruleSetId, version, set -> set.votingRuleFor(title, body));
    }

    /** Empty for a version the catalog lacks (RULE_SET_NOT_FOUND) or a case it has no rule for. */
    private <T> Optional<T> find(String ruleSetId, int version, Function<RuleSet, T> term) {
        try {
            return Optional.ofNullable(term.apply(catalog.byIdAndVersion(ruleSetId, version)));
        } catch (DomainRejection noSuchTerm) {
            return Optional.empty();
        }
    }
}
