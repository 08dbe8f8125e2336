package vn.thidua.ledger.command.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;

/** Tổng kết phong trào: close the year with the summary report text. */
public record CloseCampaign(@TargetAggregateIdentifier CampaignId campaignId, String summary) {
}
