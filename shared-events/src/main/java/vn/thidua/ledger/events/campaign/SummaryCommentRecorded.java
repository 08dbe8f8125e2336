package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Ý kiến góp ý dự thảo Báo cáo tổng kết: a member unit's comment on the draft summary report, as the secretariat
 * recorded it in the conference's minutes; {@code number} is its order among the year's comments (1, 2, ...).
 */
@Revision("1")
public record SummaryCommentRecorded(CampaignId campaignId, int year, int number, UnitRef commentedBy,
                                     String comment, LocalDate recordedOn) implements CampaignEvent {
}
