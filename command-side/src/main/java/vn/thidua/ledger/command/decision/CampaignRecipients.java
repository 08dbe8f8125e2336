package vn.thidua.ledger.command.decision;

import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * Người / tập thể được khen thưởng là thành viên của phong trào: a form of commendation the secretariat records goes
 * to someone the ledger knows, a member unit of the campaign named or a registrant with an active pledge in it, so
 * that it lands in a known unit's award record under the unit's and the person's own names (not names the client
 * typed). A rule of this ledger, not of the Law (which lets forms reach anyone): inferred, status I.
 */
final class CampaignRecipients {

    private CampaignRecipients() {
    }

    /** The recipients asked for, as the campaign knows them, in the order asked; refuses one it does not know. */
    static List<Recipient> pick(List<RegistrantId> asked, List<Recipient> known, CampaignId campaignId) {
        Require.notEmptyAndDistinct("recipients", Require.present("recipients", asked));
        Require.present("known recipients", known);
        return asked.stream().map(id -> known.stream().filter(r -> r.registrantId().equals(id)).findFirst()
                .orElseThrow(() -> new DomainRejection(ErrorCode.NOT_REGISTERED_IN_CAMPAIGN, id
                        + " is neither a member unit of " + campaignId + " nor a registrant with an active pledge in it")))
                .toList();
    }
}
