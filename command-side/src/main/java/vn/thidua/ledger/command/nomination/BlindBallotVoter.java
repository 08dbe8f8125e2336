package vn.thidua.ledger.command.nomination;

import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;

/**
 * Người bỏ phiếu kín, the voter's half of RFC 9474 in Java: the same steps as the page
 * {@code /bo-phieu/{roundId}} takes in JavaScript (token, EMSA-PSS encoding, blinding, unblinding).
 * The server never runs it; tests, benchmarks and auditors do, to vote or to check the page.
 *
 * <p>One instance per ballot: it holds the token and the blinding factor's inverse between
 * {@link #blindedMessage()} and {@link #finish}.
 */
public final class BlindBallotVoter {

    private static final int HASH_LENGTH = 48;

    private final RSAPublicKey key;
    private final byte[] token;
    private final BigInteger encoded;
    private final BigInteger inverse;
    private final byte[] blinded;

    public BlindBallotVoter(RSAPublicKey key, SecureRandom random) {
        this.key = key;
        this.token = new byte[BlindRsa.TOKEN_BYTES];
        random.nextBytes(token);
        BigInteger n = key.getModulus();
        this.encoded = new BigInteger(1, emsaPssEncode(token, n.bitLength() - 1, random));
        BigInteger r;
        do {
            r = new BigInteger(n.bitLength(), random);
        } while (r.signum() == 0 || r.compareTo(n) >= 0 || !r.gcd(n).equals(BigInteger.ONE));
        this.inverse = r.modInverse(n);
        this.blinded = BlindRsa.i2osp(encoded.multiply(r.modPow(key.getPublicExponent(), n)).mod(n),
                BlindRsa.modulusLength(key));
    }

    public String token() {
        return BlindRsa.encode(token);
    }

    /** What the server signs: a uniformly random number, whatever the token. */
    public String blindedMessage() {
        return BlindRsa.encode(blinded);
    }

    /** Unblinds the server's answer into the token's signature, refusing one that does not verify. */
    public String finish(String blindSignature) {
        BigInteger n = key.getModulus();
        BigInteger s = new BigInteger(1, BlindRsa.decode(blindSignature).orElseThrow()).multiply(inverse).mod(n);
        if (!s.modPow(key.getPublicExponent(), n).equals(encoded)) {
            throw new IllegalStateException("the round's answer is not a signature of this blinded message");
        }
        return BlindRsa.encode(BlindRsa.i2osp(s, BlindRsa.modulusLength(key)));
    }

    /** EMSA-PSS-ENCODE (RFC 8017 section 9.1.1) with SHA-384, MGF1-SHA-384 and a 48-byte salt. */
    static byte[] emsaPssEncode(byte[] message, int emBits, SecureRandom random) {
        int emLength = (emBits + 7) / 8;
        byte[] salt = new byte[BlindRsa.SALT_LENGTH];
        random.nextBytes(salt);
        byte[] mPrime = new byte[8 + HASH_LENGTH + salt.length];
        System.arraycopy(sha384(message), 0, mPrime, 8, HASH_LENGTH);
        System.arraycopy(salt, 0, mPrime, 8 + HASH_LENGTH, salt.length);
        byte[] h = sha384(mPrime);
        byte[] db = new byte[emLength - HASH_LENGTH - 1];
        db[db.length - salt.length - 1] = 1;
        System.arraycopy(salt, 0, db, db.length - salt.length, salt.length);
        byte[] mask = mgf1(h, db.length);
        for (int i = 0; i < db.length; i++) {
            db[i] ^= mask[i];
        }
        db[0] &= (byte) (0xFF >>> (8 * emLength - emBits));
        byte[] em = new byte[emLength];
        System.arraycopy(db, 0, em, 0, db.length);
        System.arraycopy(h, 0, em, db.length, HASH_LENGTH);
        em[emLength - 1] = (byte) 0xBC;
        return em;
    }

    private static byte[] mgf1(byte[] seed, int length) {
        byte[] mask = new byte[length];
        byte[] input = new byte[seed.length + 4];
        System.arraycopy(seed, 0, input, 0, seed.length);
        for (int counter = 0, done = 0; done < length; counter++, done += HASH_LENGTH) {
            input[seed.length] = (byte) (counter >>> 24);
            input[seed.length + 1] = (byte) (counter >>> 16);
            input[seed.length + 2] = (byte) (counter >>> 8);
            input[seed.length + 3] = (byte) counter;
            byte[] block = sha384(input);
            System.arraycopy(block, 0, mask, done, Math.min(HASH_LENGTH, length - done));
        }
        return mask;
    }

    private static byte[] sha384(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-384").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-384", e);
        }
    }
}
