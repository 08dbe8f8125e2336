package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;

/**
 * Dự thảo Báo cáo tổng kết được trình bày: at the year-end conference {@code presentedBy} presented the draft
 * summary report, whose text is {@code draft}. The final text is the one the campaign is closed with.
 */
@Revision("1")
public record DraftSummaryPresented(CampaignId campaignId, int year, String presentedBy, String draft,
                                    LocalDate presentedOn) implements CampaignEvent {
}
