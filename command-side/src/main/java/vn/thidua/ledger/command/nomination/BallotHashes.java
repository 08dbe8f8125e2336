package vn.thidua.ledger.command.nomination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Two different one-way hashes of a credential. The issued list holds {@link #issued}; a ballot
 * carries {@link #receipt}. The distinct prefixes keep the two unlinkable without the credential,
 * so the published ballots cannot be matched against the issued list.
 */
final class BallotHashes {

    private BallotHashes() {
    }

    static String issued(String credential) {
        return sha256("thidua-ballot-credential:" + credential);
    }

    static String receipt(String credential) {
        return sha256("thidua-ballot-receipt:" + credential);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
