package vn.thidua.ledger.command.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.record.Standings;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * Mở đợt bình xét for a title. The API fills the candidates' pledged titles from the campaign's
 * pledges (R1 is checked against them), the voters from the council or the cluster's members, and the
 * candidates' records ({@code standings}, R2–R5) from the record aggregates.
 */
public record OpenNominationRound(@TargetAggregateIdentifier RoundId roundId, CampaignId campaignId, int year,
                                  Title title, VotingBody body, List<Candidate> candidates, List<Voter> voters,
                                  LocalDate openedOn, Standings standings) {

    /** Null standings mean no records were read: the title criteria R2–R5 then check nobody. */
    public OpenNominationRound {
        standings = standings == null ? Standings.none() : standings;
    }

    /** A round transcribed with its date and no records read. */
    public OpenNominationRound(RoundId roundId, CampaignId campaignId, int year, Title title, VotingBody body,
                               List<Candidate> candidates, List<Voter> voters, LocalDate openedOn) {
        this(roundId, campaignId, year, title, body, candidates, voters, openedOn, null);
    }

    /** A round opened today; {@code openedOn} is for a past year's paper round (see TranscriptionDate). */
    public OpenNominationRound(RoundId roundId, CampaignId campaignId, int year, Title title, VotingBody body,
                               List<Candidate> candidates, List<Voter> voters) {
        this(roundId, campaignId, year, title, body, candidates, voters, null, null);
    }
}
