package vn.thidua.ledger.command.nomination;

import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.common.RoundId;

/** Ký mù bằng khóa của đợt: the round's private key from the vault, applied to a blinded message. */
final class RoundSigning {

    private RoundSigning() {
    }

    /** The blind signature in base64url; refused if the vault has no key matching the published one. */
    static String sign(RoundKeyVault vault, RoundId roundId, RSAPublicKey published, byte[] blinded) {
        RSAPrivateCrtKey key = vault.find(roundId)
                .filter(found -> found.getModulus().equals(published.getModulus()))
                .orElseThrow(() -> new DomainRejection(ErrorCode.ROUND_KEY_UNAVAILABLE, "the signing key of round "
                        + roundId + " is not available; ask the secretariat to reopen the round under a new id"));
        return BlindRsa.encode(BlindRsa.blindSign(key, published, blinded).orElseThrow(RoundSigning::invalidBlindedMessage));
    }

    static DomainRejection invalidBlindedMessage() {
        return new DomainRejection(ErrorCode.BLINDED_MESSAGE_INVALID, "the blinded message must be a number in [1, n)"
                + " of the round's modulus, in base64url of exactly the modulus' length");
    }
}
