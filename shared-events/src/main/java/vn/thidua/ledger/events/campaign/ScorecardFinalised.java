package vn.thidua.ledger.events.campaign;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitRef;

/** Chốt bảng điểm: the unit's scores are final; no more self-assessment or adjustment. */
@Revision("1")
public record ScorecardFinalised(CampaignId campaignId, int year, UnitRef unit, List<CriterionScore> scores,
                                 BigDecimal total) implements CampaignEvent {

    public ScorecardFinalised {
        scores = List.copyOf(scores);
    }
}
