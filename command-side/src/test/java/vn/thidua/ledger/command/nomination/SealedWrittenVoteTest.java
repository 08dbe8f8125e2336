package vn.thidua.ledger.command.nomination;

import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRule;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.BallotBoxOpened;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteCounted;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteReceived;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/**
 * R7 in a secret round: an absent member votes in writing, by a sealed ballot recorded as received (naming the
 * member) during the signing phase and counted (without the member) once the ballot box is open; R9: a member votes
 * either way, once.
 */
class SealedWrittenVoteTest {

    private static final VoterId ABSENT = new VoterId("hd-9");
    private static final List<RegistrantId> THE_FIGHTER = List.of(FIGHTER.registrantId());
    private static final String FIRST_SEALED = BallotHashes.receipt("sealed-written-vote:" + COUNCIL_ROUND + ":1");

    private AggregateTestFixture<NominationRound> fixture;

    @BeforeEach
    void setUp() {
        InMemoryRoundKeyVault vault = new InMemoryRoundKeyVault();
        vault.keep(COUNCIL_ROUND, RoundKeysForTests.privateKey());
        fixture = RoundKeysForTests.fixture(vault);
    }

    private static BallotKeyPublished keyPublished() {
        return RoundKeysForTests.keyPublished(COUNCIL_ROUND);
    }

    private static SealedWrittenVoteReceived received(VoterId voterId) {
        return new SealedWrittenVoteReceived(COUNCIL_ROUND, voterId, CONFERENCE);
    }

    private static BallotBoxOpened boxOpened(int signaturesIssued) {
        return new BallotBoxOpened(COUNCIL_ROUND, signaturesIssued, CONFERENCE);
    }

    @Test
    void theSecretariatRecordsAnAbsentMembersSealedBallotDuringTheSigningPhase() {
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new ReceiveSealedWrittenVote(COUNCIL_ROUND, ABSENT, null))
                .expectEvents(received(ABSENT));
    }

    @Test
    void aMemberWhoGotABlindSignatureSendsNoSealedBallot() {
        fixture.given(councilRoundOpened(), keyPublished(), new BlindSignatureIssued(COUNCIL_ROUND, ABSENT, "hash"))
                .when(new ReceiveSealedWrittenVote(COUNCIL_ROUND, ABSENT, null))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void aMemberWhoSentASealedBallotGetsNoBlindSignature() {
        BlindBallotVoter voter = new BlindBallotVoter(RoundKeysForTests.publicKey(), new SecureRandom());
        fixture.given(councilRoundOpened(), keyPublished(), received(ABSENT))
                .when(new RequestBlindSignature(COUNCIL_ROUND, ABSENT, voter.blindedMessage()), Actors.voter("hd-9"))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void aMemberSendsOneSealedBallot() {
        fixture.given(councilRoundOpened(), keyPublished(), received(ABSENT))
                .when(new ReceiveSealedWrittenVote(COUNCIL_ROUND, ABSENT, null))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectNoEvents();
    }

    @Test
    void onlyAMemberOfTheRoundSendsASealedBallot() {
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new ReceiveSealedWrittenVote(COUNCIL_ROUND, new VoterId("nguoi-ngoai"), null))
                .expectException(rejectedWith(ErrorCode.NOT_AN_ELIGIBLE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aSealedBallotArrivingAfterTheBoxOpenedIsRefused() {
        fixture.given(councilRoundOpened(), keyPublished(), boxOpened(0))
                .when(new ReceiveSealedWrittenVote(COUNCIL_ROUND, ABSENT, null))
                .expectException(rejectedWith(ErrorCode.SIGNING_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aSealedBallotIsCountedWithoutItsSenderOnceTheBoxIsOpen() {
        fixture.given(councilRoundOpened(), keyPublished(), received(ABSENT), boxOpened(0))
                .when(new CountSealedWrittenVote(COUNCIL_ROUND, THE_FIGHTER))
                .expectEvents(new SealedWrittenVoteCounted(COUNCIL_ROUND, FIRST_SEALED, THE_FIGHTER))
                .expectResultMessagePayload(FIRST_SEALED);
    }

    @Test
    void sealedBallotsAreOpenedOnlyWithTheBallotBox() {
        fixture.given(councilRoundOpened(), keyPublished(), received(ABSENT))
                .when(new CountSealedWrittenVote(COUNCIL_ROUND, THE_FIGHTER))
                .expectException(rejectedWith(ErrorCode.BALLOT_BOX_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void noMoreSealedBallotsAreCountedThanWereReceived() {
        fixture.given(councilRoundOpened(), keyPublished(), received(ABSENT), boxOpened(0),
                        new SealedWrittenVoteCounted(COUNCIL_ROUND, FIRST_SEALED, THE_FIGHTER))
                .when(new CountSealedWrittenVote(COUNCIL_ROUND, List.of()))
                .expectException(rejectedWith(ErrorCode.NO_SEALED_VOTE_LEFT))
                .expectNoEvents();
    }

    @Test
    void aSealedBallotApprovesOnlyCandidatesOfTheRound() {
        fixture.given(councilRoundOpened(), keyPublished(), received(ABSENT), boxOpened(0))
                .when(new CountSealedWrittenVote(COUNCIL_ROUND, List.of(new RegistrantId("cc-9999"))))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_CANDIDATE))
                .expectNoEvents();
    }

    @Test
    void theCloseCountsSealedBallotsWithTheBlindSignedOnes() {
        List<Object> history = new ArrayList<>(List.of(councilRoundOpened(), keyPublished()));
        IntStream.rangeClosed(1, 8).forEach(i -> history.add(
                new BlindSignatureIssued(COUNCIL_ROUND, new VoterId("hd-" + i), "hash-" + i)));
        history.add(received(ABSENT));
        history.add(boxOpened(8));
        IntStream.rangeClosed(1, 8).forEach(i -> history.add(
                new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-" + i), THE_FIGHTER)));
        history.add(new SealedWrittenVoteCounted(COUNCIL_ROUND, FIRST_SEALED, THE_FIGHTER));
        fixture.given(history)
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectEvents(new NominationRoundClosed(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.GRASSROOTS_EMULATION_FIGHTER, councilRule(), 10, 9, true,
                        List.of(new CandidateResult(FIGHTER.registrantId(), FIGHTER.name(), FIGHTER.unit(), 9, 10, 9,
                                CandidateOutcome.ELECTED)), false, CONFERENCE));
    }

    @Test
    void aRoundWithSealedBallotsIsNotCountedOnPaper() {
        fixture.given(councilRoundOpened(), keyPublished(), received(ABSENT))
                .when(new RecordPaperTally(COUNCIL_ROUND, List.of("Trưởng ban kiểm phiếu"), 10, 10, 10, 0,
                        List.of(new vn.thidua.ledger.events.nomination.CandidateApprovals(FIGHTER.registrantId(), 9)),
                        null))
                .expectException(rejectedWith(ErrorCode.PAPER_TALLY_CONFLICT))
                .expectNoEvents();
    }
}
