package vn.thidua.ledger.command.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitId;

/** Ký giao ước thi đua on behalf of a member unit. */
public record SignCovenant(@TargetAggregateIdentifier CampaignId campaignId, UnitId unitId) {
}
