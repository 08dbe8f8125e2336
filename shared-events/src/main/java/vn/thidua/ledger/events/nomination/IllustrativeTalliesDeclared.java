package vn.thidua.ledger.events.nomination;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;

/**
 * Công bố số phiếu minh họa: the secretariat declared that the round's ballots, and so the tallies of its result, are
 * illustrative, not a real vote; {@code note} says why. Views show the tallies with the label "minh họa". Declared
 * once, never withdrawn.
 */
@Revision("1")
public record IllustrativeTalliesDeclared(RoundId roundId, CampaignId campaignId, String note)
        implements NominationEvent {
}
