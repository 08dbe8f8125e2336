package vn.thidua.ledger.command.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitId;

/** Ghi nhận ý kiến góp ý dự thảo Báo cáo tổng kết: a member unit's comment, as the minutes record it. */
public record RecordSummaryComment(@TargetAggregateIdentifier CampaignId campaignId, UnitId unitId, String comment) {
}
