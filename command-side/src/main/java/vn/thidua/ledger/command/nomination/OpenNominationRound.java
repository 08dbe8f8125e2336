package vn.thidua.ledger.command.nomination;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.council.CouncilRoster;
import vn.thidua.ledger.command.record.Standings;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;

/**
 * Mở đợt bình xét for a title. The API fills the candidates' pledged titles from the campaign's
 * pledges (R1 is checked against them); the voters of a MEMBER_UNITS round are the campaign's members, those of a
 * COUNCIL round the council's roster on the round's date ({@code council}, read from the council aggregate; then
 * {@code voters} is empty); the candidates' records ({@code standings}, R2–R5) from the record aggregates; and the
 * rule-set version the campaign chose ({@code campaignRules}, {@code RuleVersionPolicy}) from the campaign, so the
 * round applies and records the campaign's version. Null {@code campaignRules} (a round built without reading its
 * campaign, as the aggregate tests do) applies the year's default, which is the campaign's unless it was overridden.
 */
public record OpenNominationRound(@TargetAggregateIdentifier RoundId roundId, CampaignId campaignId, int year,
                                  Title title, VotingBody body, List<Candidate> candidates, List<Voter> voters,
                                  CouncilRoster council, LocalDate openedOn, Standings standings,
                                  ChosenRuleVersion campaignRules) {

    /** Null standings mean no records were read: the title criteria R2–R5 then check nobody. */
    public OpenNominationRound {
        standings = standings == null ? Standings.none() : standings;
    }

    /** A member units' round, no records read; {@code openedOn} is for a past year's paper round (TranscriptionDate). */
    public OpenNominationRound(RoundId roundId, CampaignId campaignId, int year, Title title, VotingBody body,
                               List<Candidate> candidates, List<Voter> voters, LocalDate openedOn) {
        this(roundId, campaignId, year, title, body, candidates, voters, null, openedOn, null, null);
    }

    /** A member units' round opened today, no records read. */
    public OpenNominationRound(RoundId roundId, CampaignId campaignId, int year, Title title, VotingBody body,
                               List<Candidate> candidates, List<Voter> voters) {
        this(roundId, campaignId, year, title, body, candidates, voters, null, null, null, null);
    }

    /** A council round opened today, voted by the council's roster of today, no records read. */
    public OpenNominationRound(RoundId roundId, CampaignId campaignId, int year, Title title,
                               List<Candidate> candidates, CouncilRoster council) {
        this(roundId, campaignId, year, title, VotingBody.COUNCIL, candidates, List.of(), council, null, null, null);
    }
}
