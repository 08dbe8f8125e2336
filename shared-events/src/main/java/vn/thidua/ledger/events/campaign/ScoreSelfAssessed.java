package vn.thidua.ledger.events.campaign;

import java.math.BigDecimal;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.UnitRef;

/** Tự chấm điểm: the unit scored itself on one criterion (replacing its earlier self-score, if any). */
@Revision("1")
public record ScoreSelfAssessed(CampaignId campaignId, int year, UnitRef unit, CriterionId criterionId,
                                String criterionName, BigDecimal points, BigDecimal maxPoints) implements CampaignEvent {
}
