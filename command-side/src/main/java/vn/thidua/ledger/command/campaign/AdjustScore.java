package vn.thidua.ledger.command.campaign;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.UnitId;

/** Thẩm định: a reviewer sets a unit's points on one criterion, with a mandatory reason. */
public record AdjustScore(@TargetAggregateIdentifier CampaignId campaignId, UnitId unitId, CriterionId criterionId, BigDecimal points,
                          String reason) {
}
