package vn.thidua.ledger.eventstore;

import org.bson.Document;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 hash of a commit: a canonical encoding of everything a rebuild reads from it (global
 * indexes, commit key, aggregate id and type, sequence numbers, commit time, and per event its id,
 * sequence, timestamp, payload type, revision, payload and metadata text) followed by {@code prevHash},
 * the hash of the aggregate's previous commit. Each value is written with a type tag and a length, so
 * no two different commits encode alike (moving a character from one field to the next changes the hash).
 * The encoding is versioned by its first bytes; stored hashes are hex text.
 */
final class CommitHash {

    static final String ALGORITHM = "SHA-256";
    private static final byte[] DOMAIN = "thidua-commit-v1".getBytes(StandardCharsets.UTF_8);
    private static final HexFormat HEX = HexFormat.of();

    private CommitHash() {
    }

    /** The hash the commit should carry, computed from its content and its stored {@code prevHash}. */
    static String of(Document commit) {
        return HEX.formatHex(bytes(commit));
    }

    static byte[] bytes(Document commit) {
        Canonical out = new Canonical();
        out.bytes(DOMAIN);
        out.value(commit.get(CommitDocument.ID));
        out.value(commit.get(CommitDocument.FIRST_INDEX));
        out.value(commit.get(CommitDocument.COMMIT_KEY));
        out.value(commit.get(CommitDocument.AGGREGATE_ID));
        out.value(commit.get(CommitDocument.AGGREGATE_TYPE));
        out.value(commit.get(CommitDocument.FIRST_SEQUENCE));
        out.value(commit.get(CommitDocument.LAST_SEQUENCE));
        out.value(commit.get(CommitDocument.COMMITTED_AT));
        List<Document> events = commit.getList(CommitDocument.EVENTS, Document.class, List.of());
        out.value((long) events.size());
        for (Document event : events) {
            for (String field : CommitDocument.EVENT_FIELDS) {
                out.value(event.get(field));
            }
        }
        out.value(commit.get(CommitDocument.PREV_HASH));
        return sha256(out.toByteArray());
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance(ALGORITHM);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
        }
    }

    static byte[] sha256(byte[] data) {
        return sha256().digest(data);
    }

    static String hex(byte[] bytes) {
        return HEX.formatHex(bytes);
    }

    static byte[] unhex(String hex) {
        return HEX.parseHex(hex);
    }

    /** Tagged, length-prefixed values: null, text, whole number, instant (epoch milliseconds). */
    static final class Canonical {

        private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
        private final DataOutputStream out = new DataOutputStream(buffer);

        Canonical value(Object value) {
            try {
                if (value == null) {
                    out.writeByte(0);
                } else if (value instanceof String text) {
                    out.writeByte(1);
                    bytes(text.getBytes(StandardCharsets.UTF_8));
                } else if (value instanceof Integer || value instanceof Long) {
                    out.writeByte(2);
                    out.writeLong(((Number) value).longValue());
                } else if (value instanceof Date date) {
                    out.writeByte(3);
                    out.writeLong(date.getTime());
                } else {
                    // Never written by the engine: a value of another type was put there by hand. It still
                    // hashes (differently from any engine-written value), so verification reports the commit.
                    out.writeByte(9);
                    bytes((value.getClass().getName() + ":" + value).getBytes(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        Canonical bytes(byte[] bytes) {
            try {
                out.writeInt(bytes.length);
                out.write(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return this;
        }

        byte[] toByteArray() {
            return buffer.toByteArray();
        }
    }
}
