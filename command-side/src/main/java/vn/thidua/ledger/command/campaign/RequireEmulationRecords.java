package vn.thidua.ledger.command.campaign;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.CampaignId;

/**
 * Bắt buộc hồ sơ thi đua in a campaign: from now on a candidate for a title with criteria R2–R5 needs a record of the
 * year, or the round and the decision refuse them ({@code EMULATION_RECORD_MISSING}). The reason is recorded.
 */
public record RequireEmulationRecords(@TargetAggregateIdentifier CampaignId campaignId, String reason) {
}
