package vn.thidua.ledger.events.pledge;

import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * Everything that can happen to a đăng ký thi đua (pledge registration). Pledges are entities of
 * the campaign, so these events are in the campaign's stream (aggregate id = campaign id).
 */
public sealed interface PledgeEvent permits PledgeRegistered, PledgeAmended, PledgeWithdrawn {

    CampaignId campaignId();

    RegistrantId registrantId();
}
