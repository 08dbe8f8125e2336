package vn.thidua.ledger.events.campaign;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;

/**
 * Bắt buộc hồ sơ thi đua: the secretariat decided that, in this campaign (a cluster's year), every candidate for a
 * title whose criteria are read from the records (R2–R5) must have a hồ sơ thi đua of the year. From then on a round
 * of the campaign is not opened, and a commendation citing one of its rounds is not decided, for a candidate without
 * one. Never withdrawn: a requirement that could be lifted before a vote would not guard anything.
 *
 * @param reason why the secretariat requires records (e.g. the Ministry's instruction that introduced them)
 */
@Revision("1")
public record EmulationRecordsRequired(CampaignId campaignId, int year, String reason) implements CampaignEvent {
}
