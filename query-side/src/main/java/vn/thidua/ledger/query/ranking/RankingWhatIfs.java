package vn.thidua.ledger.query.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.query.access.CampaignReadAccess;
import vn.thidua.ledger.query.access.CurrentReader;
import vn.thidua.ledger.query.ranking.RankingView.CriterionLine;
import vn.thidua.ledger.query.ranking.RankingView.RankedRow;
import vn.thidua.ledger.query.ranking.RankingView.RankingTable;
import vn.thidua.ledger.query.rules.RuleSetTerms;
import vn.thidua.ledger.query.rules.UnknownRuleSetException;
import vn.thidua.ledger.query.view.InvalidQueryException;
import vn.thidua.ledger.query.view.QueryRejectionCode;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/**
 * Answers what-if rankings from the live ranking view: its draft rows (the fold's own lines and totals) re-totalled
 * and re-ranked by {@link RankingFold#reweighed}, then set beside the published table. Readers as for the draft.
 */
@Component
class RankingWhatIfs {

    /** Weights above this are surely a typing slip (a criterion worth 100× its table). */
    static final BigDecimal MAX_WEIGHT = BigDecimal.valueOf(100);

    private final RankingViews views;
    private final RuleSetTerms ruleSets;
    private final CurrentReader reader;
    private final CampaignReadAccess access;

    RankingWhatIfs(RankingViews views, RuleSetTerms ruleSets, CurrentReader reader, CampaignReadAccess access) {
        this.views = views;
        this.ruleSets = ruleSets;
        this.reader = reader;
        this.access = access;
    }

    /** Under another rule-set version: its ranking method, the scoring table's own weights. */
    RankingWhatIf underRuleSet(String campaignId, String ruleSetId, int version) {
        RankingMethod method = ruleSets.rankingMethod(ruleSetId, version)
                .orElseThrow(() -> new UnknownRuleSetException(ruleSetId, version, "ranking method"));
        return compute(campaignId, new RankingWhatIf.Basis(ruleSetId, version, method, Map.of()));
    }

    /** Under a method and weights the reader chooses. */
    RankingWhatIf underTerms(String campaignId, RankingMethod method, Map<String, BigDecimal> weights) {
        return compute(campaignId, new RankingWhatIf.Basis(null, null, method, weights));
    }

    private RankingWhatIf compute(String campaignId, RankingWhatIf.Basis basis) {
        RankingView view = views.store().find(campaignId)
                .orElseThrow(() -> new ViewNotFoundException("No campaign " + campaignId)).view();
        List<RankedRow> draft = view.draft().rows();
        access.checkCampaign(reader.get(), campaignId, view.campaign().clusterId(), view.campaign().year(),
                             draft.stream().map(RankedRow::unitId).toList());
        checkWeights(basis.weights(), draft);
        RankingTable published = view.published();
        List<RankingWhatIf.Row> rows = RankingFold.reweighed(draft, basis.weights(), basis.method()).stream()
                .map(row -> row(row, published == null ? Optional.empty() : published.rows().stream()
                        .filter(p -> p.unitId().equals(row.unitId())).findFirst()))
                .toList();
        return new RankingWhatIf(view.campaign(), basis, published == null ? null : published.method(),
                                 published == null ? null : published.rule(), rows, view.illustrative());
    }

    private static RankingWhatIf.Row row(RankedRow whatIf, Optional<RankedRow> published) {
        return new RankingWhatIf.Row(whatIf.rank(), whatIf.unitId(), whatIf.unitName(), whatIf.total(),
                published.map(RankedRow::rank).orElse(null), published.map(RankedRow::total).orElse(null),
                published.map(p -> p.rank() - whatIf.rank()).orElse(null));
    }

    private static void checkWeights(Map<String, BigDecimal> weights, List<RankedRow> rows) {
        List<String> criteria = rows.isEmpty() ? List.of()
                : rows.get(0).breakdown().stream().map(CriterionLine::criterionId).toList();
        weights.forEach((criterionId, weight) -> {
            if (!criteria.contains(criterionId)) {
                throw new InvalidQueryException(QueryRejectionCode.INVALID_WHAT_IF,
                        "Criterion " + criterionId + " is not in the campaign's scoring table " + criteria);
            }
            if (weight == null || weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
                throw new InvalidQueryException(QueryRejectionCode.INVALID_WHAT_IF,
                        "The weight of " + criterionId + " must be between 0 and " + MAX_WEIGHT + ", got " + weight);
            }
        });
    }
}
