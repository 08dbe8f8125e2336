package vn.thidua.ledger.query.view;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** SHA-256 over (key, text) pairs in key order: the one checksum every view and index uses. */
public final class Checksums {

    private Checksums() {
    }

    /** Equal maps give equal checksums; the NUL separators keep ("ab","c") apart from ("a","bc"). */
    public static String of(SortedMap<String, String> textByKey) {
        MessageDigest digest = sha256();
        for (Map.Entry<String, String> entry : textByKey.entrySet()) {
            digest.update(entry.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(entry.getValue().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
        return HexFormat.of().formatHex(digest.digest());
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
