package vn.thidua.ledger.query.ranking;

import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.CriterionScore;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.IllustrativeFiguresDeclared;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.campaign.ScorecardFinalised;
import vn.thidua.ledger.query.ranking.RankingView.Adjustment;
import vn.thidua.ledger.query.ranking.RankingView.CampaignRef;
import vn.thidua.ledger.query.ranking.RankingView.CriterionLine;
import vn.thidua.ledger.query.ranking.RankingView.Illustrative;
import vn.thidua.ledger.query.ranking.RankingView.RankedRow;
import vn.thidua.ledger.query.ranking.RankingView.RankingTable;
import vn.thidua.ledger.query.ranking.RankingView.Status;
import vn.thidua.ledger.query.view.EventFacts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The ranking view as a pure fold of the campaign's events: live projection, rebuild and as-of share it.
 * <p>
 * The draft is ranked by standard competition ranking until the ranking is published: the events name the rule
 * set's method only in RankingPublished (DOMAIN.md: 1, 2, 2, 4 unless a rule set says otherwise); from then on
 * the draft uses the published method too. The published table takes ranks, totals and counted points from the
 * event, not from our own arithmetic, so it shows what was announced.
 */
public final class RankingFold {

    private RankingFold() {
    }

    /** @return the next view, or {@code state} itself for an event that does not change the ranking */
    public static RankingView apply(RankingView state, CampaignEvent event, EventFacts facts) {
        if (event instanceof CampaignLaunched launched) {
            return launched(launched);
        }
        if (state == null) {
            throw new IllegalStateException("Campaign " + event.campaignId() + " has events before its launch");
        }
        if (event instanceof ScoreSelfAssessed assessed) {
            return withRow(state, assessed.unit().id().value(), row -> withLine(row, assessed.criterionId().value(),
                    line -> counted(line, assessed.points(), line.adjusted())));
        }
        if (event instanceof ScoreAdjusted adjusted) {
            Adjustment adjustment = new Adjustment(adjusted.criterionId().value(), adjusted.criterionName(),
                    adjusted.previousPoints(), adjusted.points(), adjusted.reason(), facts.principal(), facts.timestamp());
            return withRow(state, adjusted.unit().id().value(), row -> withAdjustment(
                    withLine(row, adjusted.criterionId().value(), line -> counted(line, line.selfAssessed(), adjusted.points())),
                    adjustment));
        }
        if (event instanceof ScorecardFinalised finalised) {
            return withRow(state, finalised.unit().id().value(), row -> new RankedRow(row.rank(), row.unitId(),
                    row.unitName(), row.total(), true, row.breakdown(), row.adjustments()));
        }
        if (event instanceof RankingPublished published) {
            return published(state, published, facts.position());
        }
        if (event instanceof IllustrativeFiguresDeclared declared) {
            return new RankingView(state.campaign(), state.draft(), state.published(), state.closed(),
                                   illustrative(state.illustrative(), declared, facts.position()));
        }
        if (event instanceof CampaignClosed) {
            return new RankingView(state.campaign(), state.draft(), state.published(), true, state.illustrative());
        }
        return state;
    }

    /**
     * Xếp hạng giả định: the rows as this fold totals and ranks them, with each criterion's points multiplied by its
     * weight (1 where none is given) and ties ranked by {@code method}: the arithmetic of the live draft, so a what-if
     * under the weights and method actually used gives the draft's own ranks.
     */
    public static List<RankedRow> reweighed(List<RankedRow> rows, Map<String, BigDecimal> weights, RankingMethod method) {
        List<RankedRow> weighed = rows.stream().map(row -> withTotal(new RankedRow(row.rank(), row.unitId(),
                row.unitName(), row.total(), row.finalised(), row.breakdown().stream()
                        .map(line -> weighed(line, weights.getOrDefault(line.criterionId(), BigDecimal.ONE))).toList(),
                row.adjustments()))).toList();
        return Standings.rank(weighed, method);
    }

    private static CriterionLine weighed(CriterionLine line, BigDecimal weight) {
        return new CriterionLine(line.criterionId(), line.name(), line.kind(), line.maxPoints(), line.selfAssessed(),
                                 line.adjusted(), line.points().multiply(weight));
    }

    private static RankingView launched(CampaignLaunched launched) {
        List<CriterionLine> empty = launched.scoringScheme().criteria().stream()
                .map(c -> new CriterionLine(c.criterionId().value(), c.name(), c.kind(), c.maxPoints(), null, null,
                                            BigDecimal.ZERO))
                .toList();
        List<RankedRow> rows = launched.members().stream()
                .map(unit -> new RankedRow(0, unit.id().value(), unit.name(), BigDecimal.ZERO, false, empty, List.of()))
                .toList();
        CampaignRef campaign = new CampaignRef(launched.campaignId().value(), launched.clusterId().value(),
                launched.clusterName(), launched.year(), launched.name(), launched.ruleSetId(), launched.ruleSetVersion());
        RankingMethod method = RankingMethod.STANDARD_COMPETITION;
        return new RankingView(campaign, new RankingTable(Status.DRAFT, method, null, Standings.rank(rows, method), null),
                               null, false, null);
    }

    /** A later declaration adds its figures to the earlier ones and its note is the latest word. */
    private static Illustrative illustrative(Illustrative earlier, IllustrativeFiguresDeclared declared,
                                             long position) {
        EnumSet<IllustrativeFigure> figures = EnumSet.copyOf(declared.figures());
        if (earlier != null) {
            figures.addAll(earlier.figures());
        }
        return new Illustrative(List.copyOf(figures), declared.note(), IllustrativeFigure.LABEL, position);
    }

    private static RankingView published(RankingView state, RankingPublished event, long position) {
        List<RankedRow> rows = new ArrayList<>();
        for (RankedUnit ranked : event.ranking()) {
            RankedRow draft = draftRow(state, ranked.unit().id().value());
            List<CriterionLine> breakdown = ranked.breakdown().stream()
                    .map(score -> publishedLine(draft, score))
                    .toList();
            rows.add(new RankedRow(ranked.rank(), ranked.unit().id().value(), ranked.unit().name(), ranked.total(),
                                   draft.finalised(), breakdown, draft.adjustments()));
        }
        RankingTable draft = state.draft();
        return new RankingView(state.campaign(),
                new RankingTable(Status.DRAFT, event.method(), null, Standings.rank(draft.rows(), event.method()), null),
                new RankingTable(Status.PUBLISHED, event.method(), event.rule(), rows, position), state.closed(),
                state.illustrative());
    }

    /** The announced points, next to the self-assessed and adjusted ones that led to them. */
    private static CriterionLine publishedLine(RankedRow draft, CriterionScore score) {
        CriterionLine line = draft.breakdown().stream()
                .filter(l -> l.criterionId().equals(score.criterionId().value()))
                .findFirst()
                .orElse(new CriterionLine(score.criterionId().value(), score.criterionName(), score.kind(), null, null,
                                          null, score.points()));
        return new CriterionLine(line.criterionId(), score.criterionName(), score.kind(), line.maxPoints(),
                                 line.selfAssessed(), line.adjusted(), score.points());
    }

    private static RankedRow draftRow(RankingView state, String unitId) {
        return state.draft().rows().stream().filter(row -> row.unitId().equals(unitId)).findFirst()
                    .orElseThrow(() -> new IllegalStateException(
                            "Unit " + unitId + " is not a member of campaign " + state.campaign().campaignId()));
    }

    private static RankingView withRow(RankingView state, String unitId, UnaryOperator<RankedRow> change) {
        draftRow(state, unitId);
        List<RankedRow> rows = state.draft().rows().stream()
                .map(row -> row.unitId().equals(unitId) ? withTotal(change.apply(row)) : row)
                .toList();
        RankingTable draft = state.draft();
        return new RankingView(state.campaign(),
                new RankingTable(Status.DRAFT, draft.method(), null, Standings.rank(rows, draft.method()), null),
                state.published(), state.closed(), state.illustrative());
    }

    private static RankedRow withLine(RankedRow row, String criterionId, UnaryOperator<CriterionLine> change) {
        if (row.breakdown().stream().noneMatch(line -> line.criterionId().equals(criterionId))) {
            throw new IllegalStateException("Criterion " + criterionId + " is not in the scoring table");
        }
        List<CriterionLine> lines = row.breakdown().stream()
                .map(line -> line.criterionId().equals(criterionId) ? change.apply(line) : line)
                .toList();
        return new RankedRow(row.rank(), row.unitId(), row.unitName(), row.total(), row.finalised(), lines,
                             row.adjustments());
    }

    private static RankedRow withAdjustment(RankedRow row, Adjustment adjustment) {
        List<Adjustment> adjustments = new ArrayList<>(row.adjustments());
        adjustments.add(adjustment);
        return new RankedRow(row.rank(), row.unitId(), row.unitName(), row.total(), row.finalised(), row.breakdown(),
                             adjustments);
    }

    /** A reviewer's points win over the unit's own, also over a later self-assessment (as on the command side). */
    private static CriterionLine counted(CriterionLine line, BigDecimal selfAssessed, BigDecimal adjusted) {
        BigDecimal points = adjusted != null ? adjusted : selfAssessed != null ? selfAssessed : BigDecimal.ZERO;
        return new CriterionLine(line.criterionId(), line.name(), line.kind(), line.maxPoints(), selfAssessed, adjusted,
                                 points);
    }

    /** Tổng điểm: criteria and bonus items add, penalty items subtract. */
    private static RankedRow withTotal(RankedRow row) {
        BigDecimal total = row.breakdown().stream()
                .map(line -> line.kind() == CriterionKind.PENALTY ? line.points().negate() : line.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RankedRow(row.rank(), row.unitId(), row.unitName(), total, row.finalised(), row.breakdown(),
                             row.adjustments());
    }
}
