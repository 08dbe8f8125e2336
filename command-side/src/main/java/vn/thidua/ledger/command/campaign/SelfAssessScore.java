package vn.thidua.ledger.command.campaign;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.UnitId;

/** Tự chấm điểm: a member unit scores itself on one criterion. */
public record SelfAssessScore(@TargetAggregateIdentifier CampaignId campaignId, UnitId unitId, CriterionId criterionId, BigDecimal points) {
}
