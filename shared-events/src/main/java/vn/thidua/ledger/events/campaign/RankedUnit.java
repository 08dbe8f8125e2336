package vn.thidua.ledger.events.campaign;

import java.math.BigDecimal;
import java.util.List;
import vn.thidua.ledger.events.common.UnitRef;

/** Một dòng của bảng xếp hạng: a unit's rank, total and per-criterion breakdown. */
public record RankedUnit(int rank, UnitRef unit, BigDecimal total, List<CriterionScore> breakdown) {

    public RankedUnit {
        breakdown = List.copyOf(breakdown);
    }
}
