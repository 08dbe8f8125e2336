package vn.thidua.ledger.command.nomination;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.spec.RSAKeyGenParameterSpec;

/**
 * Sinh khóa RSA: {@code bits}-bit keys with e = 65537 from the JDK's default CSPRNG. At least 2048
 * bits (RFC 9474 section 7.1; NIST SP 800-57 until 2030); a key lives only as long as its round.
 */
public final class RsaRoundKeyGenerator implements RoundKeyGenerator {

    private final int bits;

    public RsaRoundKeyGenerator(int bits) {
        if (bits < 2048) {
            throw new IllegalArgumentException("a round key has at least 2048 bits, not " + bits);
        }
        this.bits = bits;
    }

    @Override
    public KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(new RSAKeyGenParameterSpec(bits, RSAKeyGenParameterSpec.F4));
            return generator.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is in every Java runtime", e);
        }
    }
}
