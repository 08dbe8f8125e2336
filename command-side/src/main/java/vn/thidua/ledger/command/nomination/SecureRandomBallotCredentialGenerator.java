package vn.thidua.ledger.command.nomination;

import java.security.SecureRandom;
import java.util.Base64;

/** 256 random bits, URL-safe Base64: too many to guess, short enough to type from a slip. */
public final class SecureRandomBallotCredentialGenerator implements BallotCredentialGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newCredential() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
