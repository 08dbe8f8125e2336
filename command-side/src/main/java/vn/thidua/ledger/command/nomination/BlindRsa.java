package vn.thidua.ledger.command.nomination;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Cipher;

/**
 * Chữ ký mù RSA (RSA blind signatures, RFC 9474, variant RSABSSA-SHA384-PSS-Deterministic), the
 * server's half: sign a blinded message, verify a finished signature. Only the JDK is used: the
 * blind signature is RSASP1, which the JDK's own RSA core computes (CRT, with base blinding against
 * timing attacks) behind {@code RSA/ECB/NoPadding}; the finished signature is a plain RSASSA-PSS
 * signature (SHA-384, MGF1-SHA-384, 48-byte salt), which the JDK's {@code RSASSA-PSS} verifies.
 *
 * <p>Deterministic, i.e. without the RFC's random 32-byte message prefix: the prefix exists to
 * make a message the signer could predict unpredictable, and the message signed here is already
 * the voter's token, 32 bytes from a CSPRNG (see docs/secret-ballot.md, "Why this variant").
 *
 * <p>Bytes travel as base64url without padding; numbers as their unsigned big-endian bytes.
 */
public final class BlindRsa {

    public static final String SCHEME = "RSABSSA-SHA384-PSS-Deterministic";
    public static final int TOKEN_BYTES = 32;
    static final int SALT_LENGTH = 48;
    static final PSSParameterSpec PSS = new PSSParameterSpec("SHA-384", "MGF1", MGF1ParameterSpec.SHA384,
            SALT_LENGTH, PSSParameterSpec.TRAILER_FIELD_BC);

    private BlindRsa() {
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Empty unless {@code text} is base64url whose re-encoding is exactly {@code text} (one spelling per value). */
    public static Optional<byte[]> decode(String text) {
        if (text == null || !text.matches("[A-Za-z0-9_-]*")) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(text);
            return encode(bytes).equals(text) ? Optional.of(bytes) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The token's bytes if it is one: 32 bytes in its only base64url spelling (else two spellings, two receipts). */
    static Optional<byte[]> token(String token) {
        return decode(token).filter(bytes -> bytes.length == TOKEN_BYTES);
    }

    public static String encodeUnsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return encode(bytes[0] == 0 && bytes.length > 1 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    public static RSAPublicKey publicKey(String modulus, String publicExponent) {
        try {
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                    unsigned(modulus), unsigned(publicExponent)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the published key of a round is a valid RSA key", e);
        }
    }

    private static BigInteger unsigned(String encoded) {
        return new BigInteger(1, decode(encoded).orElseThrow(() -> new IllegalStateException("not base64url")));
    }

    /** Bytes of the modulus: the length of a blinded message and of every signature. */
    public static int modulusLength(RSAPublicKey key) {
        return (key.getModulus().bitLength() + 7) / 8;
    }

    /**
     * BlindSign of RFC 9474 section 4.3: s = z^d mod n, then the check that s^e mod n = z (a faulty
     * computation must not leak the key). Empty when z is not in [1, n) in exactly the modulus' length.
     */
    static Optional<byte[]> blindSign(RSAPrivateCrtKey key, RSAPublicKey publicKey, byte[] blinded) {
        int length = modulusLength(publicKey);
        BigInteger z = new BigInteger(1, blinded);
        if (blinded.length != length || z.signum() == 0 || z.compareTo(publicKey.getModulus()) >= 0) {
            return Optional.empty();
        }
        try {
            Cipher rsa = Cipher.getInstance("RSA/ECB/NoPadding");
            rsa.init(Cipher.DECRYPT_MODE, key);
            BigInteger s = new BigInteger(1, rsa.doFinal(blinded));
            if (!s.modPow(publicKey.getPublicExponent(), publicKey.getModulus()).equals(z)) {
                throw new IllegalStateException("the blind signature does not verify: signing fault");
            }
            return Optional.of(i2osp(s, length));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA without padding is in every Java runtime", e);
        }
    }

    /** RSASSA-PSS-VERIFY of the finished signature over the token's bytes. */
    static boolean verify(RSAPublicKey key, byte[] message, byte[] signature) {
        if (signature.length != modulusLength(key)) {
            return false;
        }
        try {
            Signature pss = Signature.getInstance("RSASSA-PSS");
            pss.setParameter(PSS);
            pss.initVerify(key);
            pss.update(message);
            return pss.verify(signature);
        } catch (java.security.SignatureException e) {
            return false; // e.g. a number not below the modulus
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSASSA-PSS is in every Java runtime", e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** I2OSP: the unsigned big-endian bytes of {@code value}, left-padded with zeros to {@code length}. */
    public static byte[] i2osp(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        int start = raw.length > length ? raw.length - length : 0;
        byte[] out = new byte[length];
        System.arraycopy(raw, start, out, length - (raw.length - start), raw.length - start);
        return out;
    }
}
