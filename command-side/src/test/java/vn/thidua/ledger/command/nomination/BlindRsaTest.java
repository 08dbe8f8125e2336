package vn.thidua.ledger.command.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

/** The two halves of RFC 9474 meet: what the voter unblinds is a plain RSASSA-PSS signature the JDK verifies. */
class BlindRsaTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final RSAPublicKey KEY = RoundKeysForTests.publicKey();

    private static byte[] blindSign(BlindBallotVoter voter) {
        return BlindRsa.blindSign(RoundKeysForTests.privateKey(), KEY, BlindRsa.decode(voter.blindedMessage()).orElseThrow())
                .orElseThrow();
    }

    @Test
    void anUnblindedSignatureIsAStandardRsassaPssSignatureOfTheToken() throws Exception {
        BlindBallotVoter voter = new BlindBallotVoter(KEY, RANDOM);
        byte[] signature = BlindRsa.decode(voter.finish(BlindRsa.encode(blindSign(voter)))).orElseThrow();

        Signature jdk = Signature.getInstance("RSASSA-PSS");
        jdk.setParameter(BlindRsa.PSS);
        jdk.initVerify(KEY);
        jdk.update(BlindRsa.decode(voter.token()).orElseThrow());
        assertThat(jdk.verify(signature)).isTrue();
        assertThat(signature).hasSize(256);
    }

    @Test
    void theSignerSeesNeitherTheTokenNorTheSignature() {
        BlindBallotVoter voter = new BlindBallotVoter(KEY, RANDOM);
        byte[] blindSignature = blindSign(voter);
        String signature = voter.finish(BlindRsa.encode(blindSignature));
        assertThat(voter.blindedMessage()).doesNotContain(voter.token());
        assertThat(BlindRsa.encode(blindSignature)).isNotEqualTo(signature);
    }

    @Test
    void aVoterRefusesAnAnswerThatIsNotASignatureOfTheirBlindedMessage() {
        BlindBallotVoter voter = new BlindBallotVoter(KEY, RANDOM);
        byte[] other = blindSign(new BlindBallotVoter(KEY, RANDOM));
        assertThatThrownBy(() -> voter.finish(BlindRsa.encode(other))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theSignerRefusesNumbersOutsideOneToTheModulusAndWrongLengths() {
        int length = BlindRsa.modulusLength(KEY);
        for (BigInteger z : new BigInteger[] {BigInteger.ZERO, KEY.getModulus(), KEY.getModulus().add(BigInteger.ONE)}) {
            assertThat(BlindRsa.blindSign(RoundKeysForTests.privateKey(), KEY, BlindRsa.i2osp(z, length))).isEmpty();
        }
        assertThat(BlindRsa.blindSign(RoundKeysForTests.privateKey(), KEY, new byte[] {5})).isEmpty();
    }

    @Test
    void aTokenHasOneSpellingOnly() {
        assertThat(BlindRsa.token("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).isPresent();
        assertThat(BlindRsa.token("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB")).as("unused bits set").isEmpty();
        assertThat(BlindRsa.token("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")).as("padding").isEmpty();
        assertThat(BlindRsa.token("AAAA")).as("too short").isEmpty();
        assertThat(BlindRsa.token(null)).isEmpty();
    }
}
