package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;

/**
 * Hội nghị tổng kết công tác thi đua, khen thưởng: the cluster's year-end conference for the campaign's year was
 * held on {@code heldOn}, chaired by {@code chairedBy} (a title or a name, as the minutes give it).
 */
@Revision("1")
public record YearEndConferenceHeld(CampaignId campaignId, int year, LocalDate heldOn, String chairedBy)
        implements CampaignEvent {
}
