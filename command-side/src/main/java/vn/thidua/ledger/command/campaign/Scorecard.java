package vn.thidua.ledger.command.campaign;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.CriterionScore;

/**
 * Bảng điểm of one unit: its self-assessed points and the reviewer's adjustments, by criterion id.
 * An adjustment wins over the self-score, also over a later one, so a unit cannot undo a review.
 */
record Scorecard(Map<String, BigDecimal> selfAssessed, Map<String, BigDecimal> adjusted, boolean finalised) {

    static Scorecard empty() {
        return new Scorecard(Map.of(), Map.of(), false);
    }

    /** The points that count now; zero where nothing was scored. */
    BigDecimal counted(String criterionId) {
        return adjusted.getOrDefault(criterionId, selfAssessed.getOrDefault(criterionId, BigDecimal.ZERO));
    }

    boolean hasPoints(String criterionId) {
        return adjusted.containsKey(criterionId) || selfAssessed.containsKey(criterionId);
    }

    Scorecard withSelfAssessed(String criterionId, BigDecimal points) {
        return new Scorecard(with(selfAssessed, criterionId, points), adjusted, finalised);
    }

    Scorecard withAdjusted(String criterionId, BigDecimal points) {
        return new Scorecard(selfAssessed, with(adjusted, criterionId, points), finalised);
    }

    Scorecard asFinal() {
        return new Scorecard(selfAssessed, adjusted, true);
    }

    /** A scored criterion needs points before the card can be final; bonus and penalty items may stay empty. */
    boolean isCompleteFor(List<Criterion> criteria) {
        return criteria.stream().filter(criterion -> criterion.kind() == CriterionKind.SCORED)
                .allMatch(criterion -> hasPoints(criterion.criterionId().value()));
    }

    List<CriterionScore> scores(List<Criterion> criteria) {
        return criteria.stream().map(criterion -> new CriterionScore(criterion.criterionId(), criterion.name(),
                criterion.kind(), counted(criterion.criterionId().value()))).toList();
    }

    /** Tổng điểm: criteria and bonus items add, penalty items subtract. */
    static BigDecimal total(List<CriterionScore> scores) {
        return scores.stream()
                .map(score -> score.kind() == CriterionKind.PENALTY ? score.points().negate() : score.points())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Map<String, BigDecimal> with(Map<String, BigDecimal> points, String criterionId, BigDecimal value) {
        Map<String, BigDecimal> copy = new HashMap<>(points);
        copy.put(criterionId, value);
        return copy;
    }
}
