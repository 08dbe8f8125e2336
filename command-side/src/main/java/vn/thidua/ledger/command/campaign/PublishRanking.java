package vn.thidua.ledger.command.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;

/** Công bố kết quả chấm điểm, xếp hạng of all member units. */
public record PublishRanking(@TargetAggregateIdentifier CampaignId campaignId) {
}
