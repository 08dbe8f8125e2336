package vn.thidua.ledger.events.campaign;

import java.math.BigDecimal;
import vn.thidua.ledger.events.common.CriterionId;

/**
 * Tiêu chí / mục điểm thưởng / mục điểm trừ of a scoring table, with its ceiling: the maximum
 * points of a criterion, or the limit of a bonus or penalty item.
 */
public record Criterion(CriterionId criterionId, String name, CriterionKind kind, BigDecimal maxPoints) {
}
