package vn.thidua.ledger.query.view;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The one checksum every view and index uses: per document, SHA-256 over its key NUL text NUL; the documents' hashes
 * summed modulo 2^256, as 64 lowercase hex digits. The sum does not depend on the order the documents come in, so a
 * collection is checksummed as it streams past, in constant memory, whatever its size (a list in key order held
 * every document of a million-event audit history in memory at once). A view of one document has that document's
 * SHA-256; an empty view has 0.
 */
public final class Checksums {

    /**
     * Documents per reply of a checksum's scan: mongo-java-server answers a find without a batch size with every
     * document in one reply, which the driver refuses past 48 MB (an audit history of 100k events).
     */
    public static final int SCAN_BATCH = 500;
    private static final BigInteger MODULUS = BigInteger.ONE.shiftLeft(256);

    private Checksums() {
    }

    /** The checksum of the documents given as text by key. */
    public static String of(Map<String, String> textByKey) {
        Sum sum = new Sum();
        textByKey.forEach(sum::add);
        return sum.hex();
    }

    /** A checksum summed document by document; the NUL separators keep ("ab","c") apart from ("a","bc"). */
    public static final class Sum {

        private final MessageDigest digest = sha256();
        private BigInteger total = BigInteger.ZERO;
        private long count;

        public void add(String key, String text) {
            add(key, text.getBytes(StandardCharsets.UTF_8));
        }

        /** The same as {@link #add(String, String)} for a text given as its UTF-8 bytes. */
        public void add(String key, byte[] utf8Text) {
            digest.update(key.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(utf8Text);
            digest.update((byte) 0);
            total = total.add(new BigInteger(1, digest.digest())).mod(MODULUS);
            count++;
        }

        public long count() {
            return count;
        }

        public String hex() {
            String hex = total.toString(16);
            return "0".repeat(64 - hex.length()) + hex;
        }
    }

    /** A view kept in several collections: one checksum over the collections' own checksums, in the given order. */
    public static String combine(List<String> checksums) {
        if (checksums.size() == 1) {
            return checksums.get(0);
        }
        MessageDigest digest = sha256();
        checksums.forEach(checksum -> digest.update((checksum + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
