package vn.thidua.ledger.command.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitId;

/** Chốt bảng điểm of one unit. */
public record FinaliseScorecard(@TargetAggregateIdentifier CampaignId campaignId, UnitId unitId) {
}
