package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;

/** Tổng kết phong trào: the campaign year is closed with its summary report text. */
@Revision("1")
public record CampaignClosed(CampaignId campaignId, int year, String summary, LocalDate closedOn)
        implements CampaignEvent {
}
