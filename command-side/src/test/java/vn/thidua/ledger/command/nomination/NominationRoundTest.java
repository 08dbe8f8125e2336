package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_CANDIDATES;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.command.fixtures.Nominations2022.candidate;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRule;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRule;
import static vn.thidua.ledger.command.fixtures.Nominations2022.voter;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_ROUND;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Council2022;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Member;
import vn.thidua.ledger.command.fixtures.Json;
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

    private static final List<RegistrantId> THADS_AND_CVDCXDPL = List.of(THADS.registrantId(),
            CVDCXDPL.registrantId());
    private static final List<RegistrantId> THE_FIGHTER = List.of(FIGHTER.registrantId());

    private AggregateTestFixture<NominationRound> fixture;
    private InMemoryRoundKeyVault vault;

    @BeforeEach
    void setUp() {
        vault = new InMemoryRoundKeyVault();
        fixture = RoundKeysForTests.fixture(vault);
    }

    private static OpenNominationRound openFlagRound(List<Candidate> candidates) {
        return new OpenNominationRound(FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
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
                .when(new OpenNominationRound(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.GRASSROOTS_EMULATION_FIGHTER, List.of(FIGHTER), Council2022.rosterOn(CONFERENCE)))
                .expectEvents(councilRoundOpened(), Council2022.taken(COUNCIL_ROUND, CONFERENCE), councilKeyPublished());
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
        Candidate unpledged = new Candidate(new RegistrantId(MINH_HOA_A.unit().id().value()), MINH_HOA_A.unit().name(),
                MINH_HOA_A.unit(), List.of(Title.ADVANCED_COLLECTIVE));
        fixture.givenNoPriorActivity()
                .when(openFlagRound(List.of(candidate(THADS), unpledged)))
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
                .when(new OpenNominationRound(FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                        VotingBody.MEMBER_UNITS, FLAG_CANDIDATES,
                        List.of(MEMBER_UNIT_VOTERS.get(0), MEMBER_UNIT_VOTERS.get(0))))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotOpenARoundForATitleTheRuleSetHasNoVotingRuleFor() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022, Title.ADVANCED_WORKER,
                        List.of(FIGHTER), Council2022.rosterOn(CONFERENCE)))
                .expectException(rejectedWith(ErrorCode.VOTING_RULE_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotOpenARoundForAYearWithoutRules() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2010, Title.SECTOR_EMULATION_FLAG,
                        VotingBody.MEMBER_UNITS, FLAG_CANDIDATES, MEMBER_UNIT_VOTERS))
                .expectException(rejectedWith(ErrorCode.RULE_SET_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void aMemberUnitCastsAnOpenBallot() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), 
                        List.of(CVDCXDPL.registrantId(), THADS.registrantId())),
                        Actors.representativeOf(HTQT.unit()))
                .expectEvents(unitVoted(UnitRefVoter.of(HTQT.unit()), THADS_AND_CVDCXDPL));
    }

    @Test
    void cannotVoteTwiceInTheSameRound() {
        fixture.given(flagRoundOpened(), unitVoted(UnitRefVoter.of(HTQT.unit()), THADS_AND_CVDCXDPL))
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), List.of()),
                        Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoseWrittenVoteWasRecordedCannotAlsoVoteInPerson() {
        fixture.given(flagRoundOpened(), new WrittenVoteRecorded(FLAG_ROUND, voter(MINH_HOA_A.unit()), MINH_HOA_A.unit().name(),
                        THADS_AND_CVDCXDPL, CONFERENCE))
                .when(new CastOpenBallot(FLAG_ROUND, voter(MINH_HOA_A.unit()), List.of()),
                        Actors.representativeOf(MINH_HOA_A.unit()))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void aUnitCannotApproveItsOwnCandidacyWhereTheRuleForbidsIt() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(THADS.unit()), THADS_AND_CVDCXDPL),
                        Actors.representativeOf(THADS.unit()))
                .expectException(rejectedWith(ErrorCode.SELF_VOTE_FORBIDDEN))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("R9"))
                .expectNoEvents();
    }

    @Test
    void onlyEligibleVotersVote() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(OUTSIDER), THADS_AND_CVDCXDPL),
                        Actors.representativeOf(OUTSIDER))
                .expectException(rejectedWith(ErrorCode.NOT_AN_ELIGIBLE_VOTER))
                .expectNoEvents();
    }

    @Test
    void cannotApproveSomeoneWhoIsNotACandidate() {
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()),
                        List.of(new RegistrantId(MINH_HOA_A.unit().id().value()))),
                        Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_CANDIDATE))
                .expectNoEvents();
    }

    @Test
    void cannotApproveTheSameCandidateTwiceOnOneBallot() {
        RegistrantId once = THADS.registrantId();
        fixture.given(flagRoundOpened())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), List.of(once, once)),
                        Actors.representativeOf(HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotVoteAfterTheRoundIsClosed() {
        fixture.given(flagRoundOpened(), closedWithoutBallots())
                .when(new CastOpenBallot(FLAG_ROUND, voter(HTQT.unit()), THADS_AND_CVDCXDPL),
                        Actors.representativeOf(HTQT.unit()))
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
                .when(new RecordWrittenVote(FLAG_ROUND, voter(MINH_HOA_A.unit()), THADS_AND_CVDCXDPL))
                .expectEvents(new WrittenVoteRecorded(FLAG_ROUND, voter(MINH_HOA_A.unit()), MINH_HOA_A.unit().name(),
                        THADS_AND_CVDCXDPL, CONFERENCE));
    }

    @Test
    void cannotRecordAWrittenVoteForSomeoneWhoIsNotAVoter() {
        fixture.given(flagRoundOpened())
                .when(new RecordWrittenVote(FLAG_ROUND, voter(OUTSIDER), THADS_AND_CVDCXDPL))
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
        // The year's open vote: 5, 4 and 2 approvals of 6 members, no unit approving itself (R9).
        for (Conference2022.Ballot ballot : Conference2022.BALLOTS) {
            history.add(unitVoted(UnitRefVoter.of(ballot.voter().unit()),
                    ballot.approved().stream().map(Member::registrantId).toList()));
        }
        fixture.given(history)
                .when(new CloseNominationRound(FLAG_ROUND))
                .expectEvents(new NominationRoundClosed(FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.SECTOR_EMULATION_FLAG, flagRule(), 6, 6, true, List.of(
                        result(candidate(THADS), 5, 6, 4, CandidateOutcome.ELECTED),
                        result(candidate(CVDCXDPL), 4, 6, 4, CandidateOutcome.ELECTED),
                        result(candidate(HTQT), 2, 6, 4, CandidateOutcome.BELOW_THRESHOLD)), false, CONFERENCE));
    }

    @Test
    void closesASecretRoundCountingAbsentMembersAgainstUnderTotalMembership() {
        List<Object> history = new ArrayList<>(List.of(councilRoundOpened(), councilKeyPublished()));
        IntStream.rangeClosed(1, 8).forEach(i -> history.add(
                new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-" + i), THE_FIGHTER)));
        history.add(new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-9"), List.of()));
        fixture.given(history)
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectEvents(new NominationRoundClosed(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022,
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
        return new NominationRoundClosed(FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                flagRule(), 6, 0, true, List.of(
                result(candidate(THADS), 0, 6, 4, CandidateOutcome.BELOW_THRESHOLD),
                result(candidate(CVDCXDPL), 0, 6, 4, CandidateOutcome.BELOW_THRESHOLD),
                result(candidate(HTQT), 0, 6, 4, CandidateOutcome.BELOW_THRESHOLD)), false, CONFERENCE);
    }

    private static CandidateResult result(Candidate candidate, int approvals, int base, int required,
                                          CandidateOutcome outcome) {
        return new CandidateResult(candidate.registrantId(), candidate.name(), candidate.unit(), approvals, base,
                required, outcome);
    }
}
