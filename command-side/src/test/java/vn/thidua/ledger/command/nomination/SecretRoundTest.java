package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_ROUND;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Json;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.fixtures.Snapshots;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.BallotCredentialsIssued;
import vn.thidua.ledger.events.nomination.BallotBoxOpened;
import vn.thidua.ledger.events.nomination.BallotKeyPublished;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.BlindSignatureReissueGranted;
import vn.thidua.ledger.events.nomination.SecretBallotCast;

/**
 * A secret round by blind signatures (docs/secret-ballot.md): one signature per voter on a token
 * the round never sees, a ballot by token and signature, nothing linking the two.
 */
class SecretRoundTest {

    private static final List<RegistrantId> THE_FIGHTER = List.of(FIGHTER.registrantId());
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final VoterId HD_3 = new VoterId("hd-3");

    private AggregateTestFixture<NominationRound> fixture;
    private InMemoryRoundKeyVault vault;

    @BeforeEach
    void setUp() {
        vault = new InMemoryRoundKeyVault();
        vault.keep(COUNCIL_ROUND, RoundKeysForTests.privateKey());
        fixture = RoundKeysForTests.fixture(vault);
    }

    private static BallotKeyPublished keyPublished() {
        return RoundKeysForTests.keyPublished(COUNCIL_ROUND);
    }

    private static BlindBallotVoter newVoter() {
        return new BlindBallotVoter(RoundKeysForTests.publicKey(), RANDOM);
    }

    private static String blindedHash(BlindBallotVoter voter) {
        return BlindRsa.sha256(BlindRsa.decode(voter.blindedMessage()).orElseThrow());
    }

    private static BlindSignatureIssued signed(VoterId voterId, BlindBallotVoter voter) {
        return new BlindSignatureIssued(COUNCIL_ROUND, voterId, blindedHash(voter));
    }

    /** What the vault's key signs for this voter: what the round answers. */
    private static String blindSignature(BlindBallotVoter voter) {
        return BlindRsa.encode(BlindRsa.blindSign(RoundKeysForTests.privateKey(), RoundKeysForTests.publicKey(),
                BlindRsa.decode(voter.blindedMessage()).orElseThrow()).orElseThrow());
    }

    /** A voter who was signed and unblinded: token and signature ready to cast. */
    private static BlindBallotVoter signedVoter() {
        BlindBallotVoter voter = newVoter();
        voter.finish(blindSignature(voter));
        return voter;
    }

    private static BallotBoxOpened boxOpened(int signaturesIssued) {
        return new BallotBoxOpened(COUNCIL_ROUND, signaturesIssued, CONFERENCE);
    }

    private static CastSecretBallot cast(BlindBallotVoter voter, List<RegistrantId> approved) {
        return new CastSecretBallot(COUNCIL_ROUND, voter.token(), voter.finish(blindSignature(voter)), approved);
    }

    @Test
    void aVoterGetsABlindSignatureAndTheRoundRecordsWhoNotWhat() {
        BlindBallotVoter voter = newVoter();
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, voter.blindedMessage()), Actors.voter("hd-3"))
                .expectEvents(signed(HD_3, voter))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.equalTo(blindSignature(voter)));
        // The voter unblinds it into a standard RSASSA-PSS signature of the token, which the JDK verifies.
        String signature = voter.finish(blindSignature(voter));
        assertThat(BlindRsa.verify(RoundKeysForTests.publicKey(), BlindRsa.decode(voter.token()).orElseThrow(),
                BlindRsa.decode(signature).orElseThrow())).isTrue();
    }

    @Test
    void theSameBlindedMessageIsSignedAgainWithoutASecondSignature() {
        BlindBallotVoter voter = newVoter();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter))
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, voter.blindedMessage()), Actors.voter("hd-3"))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.equalTo(blindSignature(voter)));
    }

    @Test
    void cannotGetASecondSignatureForAnotherToken() {
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, newVoter()))
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, newVoter().blindedMessage()), Actors.voter("hd-3"))
                .expectException(rejectedWith(ErrorCode.BLIND_SIGNATURE_ALREADY_ISSUED))
                .expectNoEvents();
    }

    @Test
    void onlyTheVoterThemselfAsksForTheirSignature() {
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, newVoter().blindedMessage()), Actors.voter("hd-4"))
                .expectException(rejectedWith(ErrorCode.NOT_THE_VOTER))
                .expectNoEvents();
    }

    @Test
    void someoneWhoIsNotAVoterOfTheRoundGetsNoSignature() {
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new RequestBlindSignature(COUNCIL_ROUND, new VoterId("hd-99"), newVoter().blindedMessage()),
                        Actors.voter("hd-99"))
                .expectException(rejectedWith(ErrorCode.NOT_AN_ELIGIBLE_VOTER))
                .expectNoEvents();
    }

    @Test
    void aBlindedMessageThatIsNotBelowTheModulusIsRefused() {
        RSAPublicKey key = RoundKeysForTests.publicKey();
        String modulus = BlindRsa.encode(BlindRsa.i2osp(key.getModulus(), BlindRsa.modulusLength(key)));
        String zero = BlindRsa.encode(BlindRsa.i2osp(BigInteger.ZERO, BlindRsa.modulusLength(key)));
        for (String blinded : List.of(modulus, zero, "AQAB", "not base64url!")) {
            fixture.given(councilRoundOpened(), keyPublished())
                    .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, blinded), Actors.voter("hd-3"))
                    .expectException(rejectedWith(ErrorCode.BLINDED_MESSAGE_INVALID))
                    .expectNoEvents();
        }
    }

    @Test
    void withoutItsKeyInTheVaultTheRoundDoesNotSign() {
        vault.destroy(COUNCIL_ROUND);
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, newVoter().blindedMessage()), Actors.voter("hd-3"))
                .expectException(rejectedWith(ErrorCode.ROUND_KEY_UNAVAILABLE))
                .expectNoEvents();
    }

    @Test
    void aSignedTokenCastsABallotThatCarriesOnlyItsReceipt() {
        BlindBallotVoter voter = newVoter();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter), boxOpened(1))
                .when(cast(voter, THE_FIGHTER))
                .expectEvents(new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt(voter.token()), THE_FIGHTER));
    }

    @Test
    void aTokenSignedByAnotherKeyDoesNotVote() {
        BlindBallotVoter stranger = new BlindBallotVoter((RSAPublicKey) RoundKeysForTests.OTHER_KEY.getPublic(), RANDOM);
        String signature = stranger.finish(BlindRsa.encode(BlindRsa.blindSign(
                (java.security.interfaces.RSAPrivateCrtKey) RoundKeysForTests.OTHER_KEY.getPrivate(),
                (RSAPublicKey) RoundKeysForTests.OTHER_KEY.getPublic(),
                BlindRsa.decode(stranger.blindedMessage()).orElseThrow()).orElseThrow()));
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, newVoter()), boxOpened(1))
                .when(new CastSecretBallot(COUNCIL_ROUND, stranger.token(), signature, THE_FIGHTER))
                .expectException(rejectedWith(ErrorCode.CREDENTIAL_NOT_ISSUED))
                .expectNoEvents();
    }

    @Test
    void aTokenThatWasNotTheOneSignedDoesNotVote() {
        BlindBallotVoter voter = newVoter();
        String signature = voter.finish(blindSignature(voter));
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter), boxOpened(1))
                .when(new CastSecretBallot(COUNCIL_ROUND, newVoter().token(), signature, THE_FIGHTER))
                .expectException(rejectedWith(ErrorCode.CREDENTIAL_NOT_ISSUED))
                .expectNoEvents();
    }

    @Test
    void cannotVoteTwiceWithTheSameToken() {
        BlindBallotVoter voter = newVoter();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter), signed(new VoterId("hd-4"), newVoter()),
                        boxOpened(2), new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt(voter.token()), THE_FIGHTER))
                .when(cast(voter, List.of()))
                .expectException(rejectedWith(ErrorCode.CREDENTIAL_ALREADY_USED))
                .expectNoEvents();
    }

    /**
     * 32 bytes take 43 base64url characters, whose last one carries 2 unused bits: without the
     * canonical check, up to four spellings of one token would give four receipts and four ballots.
     */
    @Test
    void anotherSpellingOfAUsedTokenDoesNotVoteAgain() {
        BlindBallotVoter voter = newVoter();
        String token = voter.token();
        char last = token.charAt(token.length() - 1);
        String alias = token.substring(0, token.length() - 1) + BASE64URL.charAt(BASE64URL.indexOf(last) ^ 1);
        assertThat(java.util.Base64.getUrlDecoder().decode(alias)).isEqualTo(java.util.Base64.getUrlDecoder().decode(token));
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter), signed(new VoterId("hd-4"), newVoter()),
                        boxOpened(2), new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt(token), THE_FIGHTER))
                .when(new CastSecretBallot(COUNCIL_ROUND, alias, voter.finish(blindSignature(voter)), List.of()))
                .expectException(rejectedWith(ErrorCode.CREDENTIAL_NOT_ISSUED))
                .expectNoEvents();
    }

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Whoever holds the key (a DBA reading the vault) signs a token of their own: it finds no free place. */
    @Test
    void ballotsNeverOutnumberTheSignaturesIssued() {
        BlindBallotVoter honest = newVoter();
        BlindBallotVoter forged = signedVoter();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, honest), boxOpened(1),
                        new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt(honest.token()), THE_FIGHTER))
                .when(cast(forged, THE_FIGHTER))
                .expectException(rejectedWith(ErrorCode.MORE_BALLOTS_THAN_SIGNATURES))
                .expectNoEvents();
    }

    @Test
    void cannotCastASecretBallotInAnOpenRound() {
        BlindBallotVoter voter = signedVoter();
        fixture.given(flagRoundOpened())
                .when(new CastSecretBallot(FLAG_ROUND, voter.token(), voter.finish(blindSignature(voter)), List.of()))
                .expectException(rejectedWith(ErrorCode.WRONG_BALLOT_KIND))
                .expectNoEvents();
    }

    @Test
    void aRoundOpenedBeforeBlindSignaturesTakesNoMoreBallotsButCloses() {
        BallotCredentialsIssued legacy = new BallotCredentialsIssued(COUNCIL_ROUND, List.of("9f86d0"));
        BlindBallotVoter voter = signedVoter();
        fixture.given(councilRoundOpened(), legacy)
                .when(new CastSecretBallot(COUNCIL_ROUND, voter.token(), voter.finish(blindSignature(voter)), List.of()))
                .expectException(rejectedWith(ErrorCode.ROUND_KEY_UNAVAILABLE))
                .expectNoEvents();
        fixture.given(councilRoundOpened(), legacy)
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSecretariatAllowsAVoterWhoLostTheirTokenOneMoreSignature() {
        BlindBallotVoter lost = newVoter();
        BlindBallotVoter again = newVoter();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, lost))
                .when(new ReissueBlindSignature(COUNCIL_ROUND, HD_3, "Mất phiếu"))
                .expectEvents(new BlindSignatureReissueGranted(COUNCIL_ROUND, HD_3));
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, lost),
                        new BlindSignatureReissueGranted(COUNCIL_ROUND, HD_3))
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, again.blindedMessage()), Actors.voter("hd-3"))
                .expectEvents(signed(HD_3, again));
    }

    @Test
    void thereIsNothingToReissueBeforeTheVoterUsedTheirSignature() {
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new ReissueBlindSignature(COUNCIL_ROUND, HD_3, "Mất phiếu"))
                .expectException(rejectedWith(ErrorCode.NO_SIGNATURE_TO_REISSUE))
                .expectNoEvents();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, newVoter()),
                        new BlindSignatureReissueGranted(COUNCIL_ROUND, HD_3))
                .when(new ReissueBlindSignature(COUNCIL_ROUND, HD_3, "Lại mất"))
                .expectException(rejectedWith(ErrorCode.NO_SIGNATURE_TO_REISSUE))
                .expectNoEvents();
    }

    @Test
    void onlyTheSecretariatAllowsASecondSignature() {
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, newVoter()))
                .when(new ReissueBlindSignature(COUNCIL_ROUND, HD_3, "Tự cấp"), Actors.voter("hd-3"))
                .expectException(rejectedWith(ErrorCode.REISSUE_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aSignedTokenWaitsForTheBallotBoxToOpen() {
        BlindBallotVoter voter = newVoter();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter))
                .when(cast(voter, THE_FIGHTER))
                .expectException(rejectedWith(ErrorCode.BALLOT_BOX_NOT_OPEN))
                .expectNoEvents();
    }

    @Test
    void theSecretariatOpensTheBallotBoxOnceAndItCountsTheSignaturesIssued() {
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, newVoter()))
                .when(new OpenBallotBox(COUNCIL_ROUND))
                .expectEvents(new BallotBoxOpened(COUNCIL_ROUND, 1, CONFERENCE));
        fixture.given(councilRoundOpened(), keyPublished(), boxOpened(0))
                .when(new OpenBallotBox(COUNCIL_ROUND))
                .expectException(rejectedWith(ErrorCode.BALLOT_BOX_ALREADY_OPEN))
                .expectNoEvents();
    }

    @Test
    void anOpenBallotRoundHasNoBallotBoxToOpen() {
        fixture.given(flagRoundOpened())
                .when(new OpenBallotBox(FLAG_ROUND))
                .expectException(rejectedWith(ErrorCode.WRONG_BALLOT_KIND))
                .expectNoEvents();
    }

    /** Were signing and casting to overlap, a signature and a ballot side by side in the history would pair them. */
    @Test
    void onceTheBallotBoxIsOpenNoSignatureIsIssuedNorReissued() {
        BlindBallotVoter voter = newVoter();
        fixture.given(councilRoundOpened(), keyPublished(), boxOpened(0))
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, voter.blindedMessage()), Actors.voter("hd-3"))
                .expectException(rejectedWith(ErrorCode.SIGNING_CLOSED))
                .expectNoEvents();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter), boxOpened(1))
                .when(new ReissueBlindSignature(COUNCIL_ROUND, HD_3, "Mất phiếu"))
                .expectException(rejectedWith(ErrorCode.SIGNING_CLOSED))
                .expectNoEvents();
    }

    @Test
    void aLostAnswerIsAnsweredAgainAfterTheBoxOpensWithoutANewEvent() {
        BlindBallotVoter voter = newVoter();
        fixture.given(councilRoundOpened(), keyPublished(), signed(HD_3, voter), boxOpened(1))
                .when(new RequestBlindSignature(COUNCIL_ROUND, HD_3, voter.blindedMessage()), Actors.voter("hd-3"))
                .expectNoEvents()
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.equalTo(blindSignature(voter)));
    }

    @Test
    void closingASecretRoundDestroysItsKey() {
        fixture.given(councilRoundOpened(), keyPublished())
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectSuccessfulHandlerExecution();
        assertThat(vault.find(COUNCIL_ROUND)).isEmpty();
    }

    /** The events of a whole secret ballot: none names a voter next to a token, receipt or choice. */
    @Test
    void noEventLinksAVoterToATokenOrAChoice() {
        BlindBallotVoter voter = newVoter();
        String signature = voter.finish(blindSignature(voter));
        List<Object> events = List.of(signed(HD_3, voter),
                new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt(voter.token()), THE_FIGHTER));
        String issued = Json.write(events.get(0));
        assertThat(issued).doesNotContain(voter.token(), signature, BallotHashes.receipt(voter.token()));
        String ballot = Json.write(events.get(1));
        assertThat(COUNCIL).allSatisfy(member -> assertThat(ballot).doesNotContain(
                "\"" + member.voterId().value() + "\"", member.name(), blindedHash(voter), voter.blindedMessage()));
        assertThat(SecretBallotCast.class.getRecordComponents()).extracting(component -> component.getName())
                .containsExactly("roundId", "receipt", "approved");
        assertThat(BlindSignatureIssued.class.getRecordComponents()).extracting(component -> component.getName())
                .containsExactly("roundId", "voterId", "blindedMessageHash");
    }

    @Test
    void itsStateSurvivesASnapshot() {
        NominationRound round = new NominationRound();
        round.on(councilRoundOpened());
        round.on(keyPublished());
        round.on(signed(HD_3, newVoter()));
        round.on(new BlindSignatureReissueGranted(COUNCIL_ROUND, HD_3));
        round.on(boxOpened(1));
        round.on(new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-1"), THE_FIGHTER));
        Snapshots.assertSurvivesJackson(round);
    }
}
