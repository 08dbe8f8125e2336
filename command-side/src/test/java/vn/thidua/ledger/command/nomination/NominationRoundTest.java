package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CIVIL_JUDGMENT_ENFORCEMENT;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.EMULATION_AND_COMMENDATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.GENERAL_ISSUES_ON_LAW_MAKING;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.ILLUSTRATIVE_A;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.ILLUSTRATIVE_B;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.INTERNATIONAL_COOPERATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE;
import static vn.thidua.ledger.command.fixtures.Nominations2022.CONFERENCE;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_CANDIDATES;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.LAW_MAKING_CANDIDATE;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRule;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRule;
import static vn.thidua.ledger.command.fixtures.Nominations2022.voter;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Campaign2022;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.OpenBallotCast;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;

class NominationRoundTest {

    private static final List<RegistrantId> BOTH_FLAG_CANDIDATES = List.of(
            CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE.registrantId(), LAW_MAKING_CANDIDATE.registrantId());
    private static final List<RegistrantId> THE_FIGHTER = List.of(FIGHTER.registrantId());

    private AggregateTestFixture<NominationRound> fixture;
    private RoundKeysForTests.InMemoryVault vault;

    @BeforeEach
    void setUp() {
        vault = new RoundKeysForTests.InMemoryVault();
        fixture = RoundKeysForTests.fixture(vault);
    }

    private static OpenNominationRound openFlagRound(List<Candidate> candidates) {
        return new OpenNominationRound(FLAG_ROUND, Campaign2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                VotingBody.MEMBER_UNITS, candidates, MEMBER_UNIT_VOTERS);
    }

    private static BallotKeyPublished councilKeyPublished() {
        return RoundKeysForTests.keyPublished(COUNCIL_ROUND);
    }

    private static OpenBallotCast unitVoted(UnitRefVoter voter, List<RegistrantId> approved) {
        return new OpenBallotCast(FLAG_ROUND, voter.id(), voter.name(), approved, CONFERENCE);
    }

    /** A member unit as a voter of the flag round. */
    private record UnitRefVoter(VoterId id, String name) {
        static UnitRefVoter of(UnitRef unit) {
            return new UnitRefVoter(voter(unit), unit.name());
        }
    }

    @Test
    void opensTheClusterFlagRoundUnderR8() {
        fixture.givenNoPriorActivity()
                .when(openFlagRound(FLAG_CANDIDATES))
                .expectEvents(flagRoundOpened());
    }

    @Test
    void opensASecretCouncilRoundPublishingOnlyThePublicKey() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(COUNCIL_ROUND, Campaign2022.CAMPAIGN, 2022,
                        Title.GRASSROOTS_EMULATION_FIGHTER, VotingBody.COUNCIL, List.of(FIGHTER), COUNCIL))
                .expectEvents(councilRoundOpened(), councilKeyPublished());
        assertThat(vault.find(COUNCIL_ROUND)).as("the private key waits in the vault").isPresent();
    }

    @Test
    void cannotOpenTheSameRoundTwice() {
        fixture.given(flagRoundOpened())
                .when(openFlagRound(FLAG_CANDIDATES))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void cannotNominateACandidateWhoDidNotPledgeTheTitle() {
        Candidate unpledged = new Candidate(new RegistrantId(ILLUSTRATIVE_A.id().value()), ILLUSTRATIVE_A.name(),
                ILLUSTRATIVE_A, List.of(Title.ADVANCED_COLLECTIVE));
        fixture.givenNoPriorActivity()
                .when(openFlagRound(List.of(CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE, unpledged)))
                .expectException(rejectedWith(ErrorCode.TITLE_NOT_PLEDGED))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("R1"))
                .expectNoEvents();
    }

    @Test
    void cannotOpenARoundWithoutCandidates() {
        fixture.givenNoPriorActivity()
                .when(openFlagRound(List.of()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotOpenARoundListingAVoterTwice() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(FLAG_ROUND, Campaign2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                        VotingBody.MEMBER_UNITS, FLAG_CANDIDATES,
                        List.of(MEMBER_UNIT_VOTERS.get(0), MEMBER_UNIT_VOTERS.get(0))))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotOpenARoundForATitleTheRuleSetHasNoVotingRuleFor() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(COUNCIL_ROUND, Campaign2022.CAMPAIGN, 2022, Title.ADVANCED_WORKER,
                        VotingBody.COUNCIL, List.of(FIGHTER), COUNCIL))
                .expectException(rejectedWith(ErrorCode.VOTING_RULE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotOpenARoundForAYearWithoutRules() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(FLAG_ROUND, Campaign2022.CAMPAIGN, 2010, Title.SECTOR_EMULATION_FLAG,
                        VotingBody.MEMBER_UNITS, FLAG_CANDIDATES, MEMBER_UNIT_VOTERS))
                .expectException(rejectedWith(ErrorCode.RULE_SET_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aMemberUnitCastsAnOpenBallot() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), 
                        List.of(LAW_MAKING_CANDIDATE.registrantId(), CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE.registrantId())),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectEvents(unitVoted(UnitRefVoter.of(INTERNATIONAL_COOPERATION), BOTH_FLAG_CANDIDATES));
    }

    @Test
    void cannotVoteTwiceInTheSameRound() {
        fixture.given(flagRoundOpened(), unitVoted(UnitRefVoter.of(INTERNATIONAL_COOPERATION), BOTH_FLAG_CANDIDATES))
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), List.of()),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoseWrittenVoteWasRecordedCannotAlsoVoteInPerson() {
        fixture.given(flagRoundOpened(), new WrittenVoteRecorded(FLAG_ROUND, voter(ILLUSTRATIVE_A), ILLUSTRATIVE_A.name(),
                        BOTH_FLAG_CANDIDATES, CONFERENCE))
                .when(new CastOpenBallot(FLAG_ROUND, voter(ILLUSTRATIVE_A), List.of()),
                        Actors.representativeOf(ILLUSTRATIVE_A))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void aUnitCannotApproveItsOwnCandidacyWhereTheRuleForbidsIt() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(CIVIL_JUDGMENT_ENFORCEMENT), BOTH_FLAG_CANDIDATES),
                        Actors.representativeOf(CIVIL_JUDGMENT_ENFORCEMENT))
                .expectException(rejectedWith(ErrorCode.SELF_VOTE_FORBIDDEN))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("R9"))
                .expectNoEvents();
    }

    @Test
    void onlyEligibleVotersVote() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(OUTSIDER), BOTH_FLAG_CANDIDATES),
                        Actors.representativeOf(OUTSIDER))
                .expectException(rejectedWith(ErrorCode.NOT_AN_ELIGIBLE_VOTER))
                .expectNoEvents();
    }

    @Test
    void cannotApproveSomeoneWhoIsNotACandidate() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION),
                        List.of(new RegistrantId(ILLUSTRATIVE_A.id().value()))),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_CANDIDATE))
                .expectNoEvents();
    }

    @Test
    void cannotApproveTheSameCandidateTwiceOnOneBallot() {
        RegistrantId once = CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE.registrantId();
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), List.of(once, once)),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotVoteAfterTheRoundIsClosed() {
        fixture.given(flagRoundOpened(), closedWithoutBallots())
                .when(new CastOpenBallot(FLAG_ROUND, voter(INTERNATIONAL_COOPERATION), BOTH_FLAG_CANDIDATES),
                        Actors.representativeOf(INTERNATIONAL_COOPERATION))
                .expectException(rejectedWith(ErrorCode.ROUND_CLOSED))
                .expectNoEvents();
    }

    @Test
    void cannotCastAnOpenBallotInASecretRound() {
        fixture.given(councilRoundOpened(), councilKeyPublished())
                .when(new CastOpenBallot(COUNCIL_ROUND, new VoterId("hd-1"), THE_FIGHTER),
                        Actors.voter("hd-1"))
                .expectException(rejectedWith(ErrorCode.WRONG_BALLOT_KIND))
                .expectNoEvents();
    }

    @Test
    void recordsTheWrittenVoteOfAnAbsentMember() {
        fixture.given(flagRoundOpened())
                .when(new RecordWrittenVote(FLAG_ROUND, voter(ILLUSTRATIVE_A), BOTH_FLAG_CANDIDATES))
                .expectEvents(new WrittenVoteRecorded(FLAG_ROUND, voter(ILLUSTRATIVE_A), ILLUSTRATIVE_A.name(),
                        BOTH_FLAG_CANDIDATES, CONFERENCE));
    }

    @Test
    void cannotRecordAWrittenVoteForSomeoneWhoIsNotAVoter() {
        fixture.given(flagRoundOpened())
                .when(new RecordWrittenVote(FLAG_ROUND, voter(OUTSIDER), BOTH_FLAG_CANDIDATES))
                .expectException(rejectedWith(ErrorCode.NOT_AN_ELIGIBLE_VOTER))
                .expectNoEvents();
    }

    @Test
    void cannotRecordANamedWrittenVoteInASecretRound() {
        fixture.given(councilRoundOpened(), councilKeyPublished())
                .when(new RecordWrittenVote(COUNCIL_ROUND, new VoterId("hd-1"), THE_FIGHTER))
                .expectException(rejectedWith(ErrorCode.WRONG_BALLOT_KIND))
                .expectNoEvents();
    }

    @Test
    void closesTheFlagRoundWithBothCollectivesElectedByMoreThanHalfOfTheMembers() {
        List<Object> history = new ArrayList<>(List.of(flagRoundOpened()));
        // Illustrative counts: the two candidates abstain on themselves (R9); the other four approve both.
        for (UnitRef unit : List.of(INTERNATIONAL_COOPERATION, ILLUSTRATIVE_A, ILLUSTRATIVE_B, EMULATION_AND_COMMENDATION)) {
            history.add(unitVoted(UnitRefVoter.of(unit), BOTH_FLAG_CANDIDATES));
        }
        history.add(unitVoted(UnitRefVoter.of(CIVIL_JUDGMENT_ENFORCEMENT), List.of(LAW_MAKING_CANDIDATE.registrantId())));
        history.add(unitVoted(UnitRefVoter.of(GENERAL_ISSUES_ON_LAW_MAKING),
                List.of(CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE.registrantId())));
        fixture.given(history)
                .when(new CloseNominationRound(FLAG_ROUND))
                .expectEvents(new NominationRoundClosed(FLAG_ROUND, Campaign2022.CAMPAIGN, 2022,
                        Title.SECTOR_EMULATION_FLAG, flagRule(), 6, 6, true, List.of(
                        result(CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE, 5, 6, 4, CandidateOutcome.ELECTED),
                        result(LAW_MAKING_CANDIDATE, 5, 6, 4, CandidateOutcome.ELECTED)), false, CONFERENCE));
    }

    @Test
    void closesASecretRoundCountingAbsentMembersAgainstUnderTotalMembership() {
        List<Object> history = new ArrayList<>(List.of(councilRoundOpened(), councilKeyPublished()));
        IntStream.rangeClosed(1, 8).forEach(i -> history.add(
                new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-" + i), THE_FIGHTER)));
        history.add(new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-9"), List.of()));
        fixture.given(history)
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectEvents(new NominationRoundClosed(COUNCIL_ROUND, Campaign2022.CAMPAIGN, 2022,
                        Title.GRASSROOTS_EMULATION_FIGHTER, councilRule(), 10, 9, true,
                        List.of(result(FIGHTER, 8, 10, 9, CandidateOutcome.BELOW_THRESHOLD)), false, CONFERENCE));
    }

    @Test
    void cannotCloseARoundTwice() {
        fixture.given(flagRoundOpened(), closedWithoutBallots())
                .when(new CloseNominationRound(FLAG_ROUND))
                .expectException(rejectedWith(ErrorCode.ROUND_CLOSED))
                .expectNoEvents();
    }

    private static NominationRoundClosed closedWithoutBallots() {
        return new NominationRoundClosed(FLAG_ROUND, Campaign2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                flagRule(), 6, 0, true, List.of(
                result(CIVIL_JUDGMENT_ENFORCEMENT_CANDIDATE, 0, 6, 4, CandidateOutcome.BELOW_THRESHOLD),
                result(LAW_MAKING_CANDIDATE, 0, 6, 4, CandidateOutcome.BELOW_THRESHOLD)), false, CONFERENCE);
    }

    private static CandidateResult result(Candidate candidate, int approvals, int base, int required,
                                          CandidateOutcome outcome) {
        return new CandidateResult(candidate.registrantId(), candidate.name(), candidate.unit(), approvals, base,
                required, outcome);
    }
}
