package vn.thidua.ledger.command.nomination;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Biên nhận phiếu bầu (ballot receipt): the one-way hash a secret ballot carries instead of its
 * token, SHA-256 of {@code "thidua-ballot-receipt:" + token} as lowercase hex, so that a voter (and
 * anyone, once the tokens are spent) recomputes it with any SHA-256 tool. Rounds from before blind
 * signatures used the same formula over their credential.
 */
final class BallotHashes {

    private BallotHashes() {
    }

    static String receipt(String token) {
        return sha256("thidua-ballot-receipt:" + token);
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
