package vn.thidua.ledger.events.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;

/**
 * Kết thúc bình xét, công bố kết quả: the round closed and its result was computed by the rule it
 * opened with. Winners are the candidates whose outcome is ELECTED; {@code tieAtCap} tells that
 * places were left open because of a tie.
 */
@Revision("1")
public record NominationRoundClosed(RoundId roundId, CampaignId campaignId, int year, Title title, VotingRule rule,
                                    int totalMembership, int ballotsReceived, boolean quorumMet,
                                    List<CandidateResult> results, boolean tieAtCap, LocalDate closedOn)
        implements NominationEvent {

    public NominationRoundClosed {
        results = List.copyOf(results);
    }
}
