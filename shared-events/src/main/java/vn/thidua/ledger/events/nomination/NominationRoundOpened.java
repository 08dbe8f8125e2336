package vn.thidua.ledger.events.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.Title;

/**
 * Mở đợt bình xét: a round for {@code title} opened with its candidates, its eligible voters and
 * the voting rule in force for the year. {@code pledgeRule} is the R1 rule consulted and
 * {@code pledgeRequired} what it said for this title.
 */
@Revision("1")
public record NominationRoundOpened(RoundId roundId, CampaignId campaignId, int year, Title title,
                                    List<Candidate> candidates, List<Voter> voters, VotingRule rule,
                                    RuleReference pledgeRule, boolean pledgeRequired, LocalDate openedOn)
        implements NominationEvent {

    public NominationRoundOpened {
        candidates = List.copyOf(candidates);
        voters = List.copyOf(voters);
    }
}
