package vn.thidua.ledger.events.campaign;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RuleVersionBasis;

/**
 * Phiên bản quy tắc được chọn khác mặc định: at its launch the campaign's rule-set version was chosen by
 * {@code basis} on {@code referenceDate} instead of the default (the version in force on 1 January of its year),
 * for {@code reason}. Recorded right after {@code CampaignLaunched}, whose version it explains; a launch without
 * it used the default, as every launch before this event existed did.
 */
@Revision("1")
public record RuleVersionChosen(CampaignId campaignId, int year, String ruleSetId, int ruleSetVersion,
                                RuleVersionBasis basis, LocalDate referenceDate, String reason)
        implements CampaignEvent {
}
