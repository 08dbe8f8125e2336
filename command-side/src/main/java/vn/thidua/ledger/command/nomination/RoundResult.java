package vn.thidua.ledger.command.nomination;

import java.util.List;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.Recipient;

/**
 * What a decision takes from a closed round: its campaign (whose records requirement applies), title, year, the
 * voting rule applied, and the winners.
 */
public record RoundResult(RoundId roundId, CampaignId campaignId, Title title, int year, RuleReference rule,
                          List<Recipient> winners) {

    public RoundResult {
        winners = List.copyOf(winners);
    }
}
