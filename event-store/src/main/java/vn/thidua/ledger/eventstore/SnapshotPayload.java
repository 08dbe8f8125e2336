package vn.thidua.ledger.eventstore;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * How a snapshot's JSON payload is stored: as text, readable in a shell, up to {@value #TEXT_LIMIT} characters; gzipped
 * above. A campaign's snapshot holds its whole pledge register, and a register of about 80,000 pledges made the text
 * larger than MongoDB's 16 MiB document limit: the snapshot failed, each further attempt reloaded the whole year, and a
 * cold load replayed every event. Compressed, such a register takes about a tenth.
 */
final class SnapshotPayload {

    static final int TEXT_LIMIT = 1 << 20;
    static final String GZIPPED = "payloadGzip";

    private SnapshotPayload() {
    }

    /** Moves the document's {@code field} into {@link #GZIPPED} if the text is over the limit. */
    static Document compressIfLarge(Document snapshot, String field) {
        String text = snapshot.getString(field);
        if (text == null || text.length() <= TEXT_LIMIT) {
            return snapshot;
        }
        snapshot.remove(field);
        return snapshot.append(GZIPPED, new Binary(gzip(text)));
    }

    /** The document with its payload as text in {@code field}, whichever way it was stored. */
    static Document withText(Document snapshot, String field) {
        Binary gzipped = snapshot.get(GZIPPED, Binary.class);
        if (gzipped == null) {
            return snapshot;
        }
        Document copy = new Document(snapshot);
        copy.remove(GZIPPED);
        return copy.append(field, gunzip(gzipped.getData()));
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length() / 8);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(byte[] data) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("a gzipped snapshot payload could not be read", e);
        }
    }
}
