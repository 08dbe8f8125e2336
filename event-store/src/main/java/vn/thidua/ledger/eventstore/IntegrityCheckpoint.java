package vn.thidua.ledger.eventstore;

import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/**
 * A sealed, signed range of the history (<em>điểm niêm phong</em>): checkpoint {@code number} covers the
 * global indexes {@code [from, to]}, with {@code digest} = {@link RangeDigest} over its commits and
 * {@code previousHash} = the {@code hash} of checkpoint {@code number - 1} (none for the first). {@code hash} is
 * SHA-256 over all of these, the seal time and the public key; {@code signature} is Ed25519 over {@code hash}.
 * An outsider who keeps a copy of any checkpoint can later check that the history up to its {@code to}
 * still digests to the same value, and that every later checkpoint descends from it.
 *
 * @param publicKey the signer's Ed25519 public key, X.509 DER in base64
 * @param signature base64
 */
public record IntegrityCheckpoint(long number, long from, long to, String digest, String previousHash,
                                  Instant sealedAt, String publicKey, String hash, String signature) {

    static final String SIGNATURE_ALGORITHM = "Ed25519";
    private static final byte[] DOMAIN = "thidua-checkpoint-v1".getBytes(StandardCharsets.UTF_8);

    /** Seals a range: computes the hash and signs it. */
    static IntegrityCheckpoint sign(long number, long from, long to, String digest, String previousHash,
                                    Instant sealedAt, PublicKey publicKey, PrivateKey privateKey) {
        String encodedKey = encode(publicKey);
        byte[] hash = hash(number, from, to, digest, previousHash, sealedAt, encodedKey);
        try {
            Signature signer = Signature.getInstance(SIGNATURE_ALGORITHM);
            signer.initSign(privateKey);
            signer.update(hash);
            return new IntegrityCheckpoint(number, from, to, digest, previousHash, sealedAt, encodedKey,
                                           CommitHash.hex(hash), Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign checkpoint " + number, e);
        }
    }

    /** Whether {@code hash} is the hash of the other fields. */
    boolean hashMatches() {
        return CommitHash.hex(hash(number, from, to, digest, previousHash, sealedAt, publicKey)).equals(hash);
    }

    /** Whether {@code signature} is a valid signature of {@code hash} by {@code trusted}. */
    boolean signedBy(PublicKey trusted) {
        try {
            Signature verifier = Signature.getInstance(SIGNATURE_ALGORITHM);
            verifier.initVerify(trusted);
            verifier.update(CommitHash.unhex(hash));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] hash(long number, long from, long to, String digest, String previousHash,
                               Instant sealedAt, String publicKey) {
        return CommitHash.sha256(new CommitHash.Canonical().bytes(DOMAIN).value(number).value(from).value(to)
                                                           .value(digest).value(previousHash)
                                                           .value(sealedAt.toString()).value(publicKey)
                                                           .toByteArray());
    }

    /** A public key as published: X.509 DER in base64. */
    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** The inverse of {@link #encode}. */
    public static PublicKey decode(String key) {
        try {
            return KeyFactory.getInstance(SIGNATURE_ALGORITHM)
                             .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(key)));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key", e);
        }
    }

    Document toDocument() {
        return new Document("_id", number).append("from", from).append("to", to).append("digest", digest)
                                          .append("previousHash", previousHash)
                                          .append("sealedAt", sealedAt.toString()).append("publicKey", publicKey)
                                          .append("hash", hash).append("signature", signature);
    }

    static IntegrityCheckpoint of(Document document) {
        return new IntegrityCheckpoint(document.get("_id", Number.class).longValue(),
                                       document.get("from", Number.class).longValue(),
                                       document.get("to", Number.class).longValue(),
                                       document.getString("digest"), document.getString("previousHash"),
                                       Instant.parse(document.getString("sealedAt")),
                                       document.getString("publicKey"), document.getString("hash"),
                                       document.getString("signature"));
    }
}
