package vn.thidua.ledger.events.campaign;

import java.math.BigDecimal;
import vn.thidua.ledger.events.common.CriterionId;

/** Điểm của một tiêu chí: the points that count for one criterion (after review) of one unit. */
public record CriterionScore(CriterionId criterionId, String criterionName, CriterionKind kind, BigDecimal points) {
}
