package vn.thidua.ledger.command.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;

/** Trình bày dự thảo Báo cáo tổng kết at the year-end conference: who presented it, and its text. */
public record PresentDraftSummary(@TargetAggregateIdentifier CampaignId campaignId, String presentedBy,
                                  String draft) {
}
