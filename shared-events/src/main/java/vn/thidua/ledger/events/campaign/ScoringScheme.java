package vn.thidua.ledger.events.campaign;

import java.util.List;

/** Bảng chấm điểm (the scoring table of a campaign): its criteria, bonus and penalty items. */
public record ScoringScheme(List<Criterion> criteria) {

    public ScoringScheme {
        criteria = List.copyOf(criteria);
    }
}
