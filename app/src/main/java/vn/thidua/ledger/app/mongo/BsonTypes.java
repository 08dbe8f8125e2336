package vn.thidua.ledger.app.mongo;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BinData;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.BsonConstants;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;

/**
 * How the embedded store keeps documents and keys on disk: as BSON, with mongo-java-server's own codec,
 * instead of H2's {@code ObjectDataType}, which falls back to Java serialization for every type it does not
 * know — documents, {@code KeyValue}s, {@code ObjectId}s — even to compare two keys (a profile found it the
 * largest single cost of a write). Keys compare with mongo-java-server's {@link ValueComparator}, the order
 * its indexes assume; memory estimates walk the value, allocate nothing. Every value the server stores came
 * off the wire as BSON or from its own update operators, so BSON can hold it.
 *
 * <p>BSON keeps dates to the millisecond, as on the wire: every value a client stores arrived as BSON, so
 * nothing a client sent is lost.
 */
final class BsonTypes {

    /** A document: one BSON document, its own length first. */
    static final BasicDataType<Document> DOCUMENT = new DocumentType();
    /** A document's position in its collection ({@code _id} value, or a random UUID) and an index's value. */
    static final BasicDataType<Object> KEY = new KeyType();
    /** A unique index's key: the indexed fields' values ({@link #indexKey}). */
    static final BasicDataType<Object> INDEX_KEY = new IndexKeyType();

    /** Not a BSON type byte: marks {@link Missing} (a document without the indexed field). */
    private static final byte MISSING = 0;
    private static final ValueComparator ORDER = ValueComparator.ascWithoutListHandling();
    /** A string key's bytes besides its UTF-8: the type, the length (little-endian int32) and the terminating 0. */
    private static final int STRING_OVERHEAD = 1 + Integer.BYTES + 1;
    private static final int SCRATCH_SIZE = 16 * 1024;
    /** A scratch buffer grown past this (by a very large document) is not kept: up to 1 MiB stays per thread. */
    private static final int SCRATCH_KEPT = 1024 * 1024;
    /**
     * Where a document (or a key of another type than below) is encoded before its bytes go to the page, one buffer
     * per thread that stores pages: a new Netty buffer per value, with the allocator's accounting, was a tenth of each
     * commit's time in the command profile (docs/benchmarks.md, "Session 8").
     */
    private static final ThreadLocal<ByteBuf> SCRATCH = ThreadLocal.withInitial(() -> Unpooled.buffer(SCRATCH_SIZE));

    private BsonTypes() {
    }

    private static int estimate(Object value) {
        if (value instanceof Missing) {
            return 8;
        }
        if (value instanceof Map<?, ?> map) {
            int size = 48;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                size += 40 + 2 * entry.getKey().toString().length() + estimate(entry.getValue());
            }
            return size;
        }
        if (value instanceof Collection<?> values) {
            int size = 40;
            for (Object element : values) {
                size += 8 + estimate(element);
            }
            return size;
        }
        if (value instanceof String text) {
            return 40 + 2 * text.length();
        }
        if (value instanceof BinData data) {
            return 32 + data.getData().length;
        }
        return 24;
    }

    private static int compareKeys(Object a, Object b) {
        // fast paths agree with ValueComparator for these types
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        if (a instanceof Double x && b instanceof Double y) {
            // Only where the values are equal or their whole parts differ: ValueComparator compares a double with a
            // whole value beyond the int range by whole parts (3.0E9 equals 3.0E9 + 0.5), and the data map, keyed by
            // the raw _id, must agree with the _id index. Equal values (0.0 and -0.0 too) are equal there as well, and
            // they end every look-up that finds its key: the server keeps an index's numbers as doubles, so each
            // commit the tracked reader found by its global index ($in on _id) paid the server's comparison once
            // (docs/benchmarks.md, "Session 37"). Whole parts differ in the values' own order; NaN goes to the
            // server's order.
            double p = x;
            double q = y;
            if (p == q) {
                return 0;
            }
            long wholeP = (long) p;
            long wholeQ = (long) q;
            if (wholeP != wholeQ && !Double.isNaN(p) && !Double.isNaN(q)) {
                return Long.compare(wholeP, wholeQ);
            }
        }
        return ORDER.compare(a, b);
    }

    private static void writeKey(WriteBuffer buff, Object key) {
        if (key instanceof Missing) {
            buff.putVarInt(1).put(MISSING);
            return;
        }
        // The two kinds of key nearly every index holds, written as BsonEncoder writes them (the same bytes) but
        // straight to the page: a commit writes every key of every index page it stores again, and the keys were
        // the largest part of an append's commit (docs/benchmarks.md, "Session 8").
        if (key instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            buff.putVarInt(STRING_OVERHEAD + utf8.length).put(BsonConstants.TYPE_UTF8_STRING)
                .putInt(Integer.reverseBytes(utf8.length + 1)).put(utf8).put(BsonConstants.STRING_TERMINATION);
            return;
        }
        if (key instanceof Long number) {
            buff.putVarInt(1 + Long.BYTES).put(BsonConstants.TYPE_INT64).putLong(Long.reverseBytes(number));
            return;
        }
        putEncoded(buff, true, out -> {
            byte type = BsonEncoder.determineType(key);
            out.writeByte(type);
            BsonEncoder.encodeValue(type, key, out);
        });
    }

    /**
     * Encodes a value into this thread's scratch buffer and puts its bytes on the page, their length first if asked;
     * drops the buffer if the value grew it past {@link #SCRATCH_KEPT}, whether or not the value could be written.
     */
    private static void putEncoded(WriteBuffer buff, boolean lengthFirst, Consumer<ByteBuf> encoder) {
        ByteBuf out = SCRATCH.get().clear();
        try {
            encoder.accept(out);
            if (lengthFirst) {
                buff.putVarInt(out.readableBytes());
            }
            buff.put(out.array(), out.arrayOffset(), out.readableBytes());
        } finally {
            if (out.capacity() > SCRATCH_KEPT) {
                SCRATCH.remove();
            }
        }
    }

    private static Object readKey(ByteBuffer buff) {
        byte[] bytes = new byte[DataUtils.readVarInt(buff)];
        buff.get(bytes);
        if (bytes[0] == MISSING) {
            return Missing.getInstance();
        }
        ByteBuf in = Unpooled.wrappedBuffer(bytes);
        return BsonDecoder.decodeValue(in.readByte(), in);
    }

    private static final class DocumentType extends BasicDataType<Document> {

        @Override
        public int getMemory(Document document) {
            return estimate(document);
        }

        @Override
        public void write(WriteBuffer buff, Document document) {
            // a BSON document carries its own length
            putEncoded(buff, false, out -> BsonEncoder.encodeDocument(document, out));
        }

        @Override
        public Document read(ByteBuffer buff) {
            // a BSON document starts with its total length, little-endian
            int at = buff.position();
            int length = buff.get(at) & 0xff | (buff.get(at + 1) & 0xff) << 8 | (buff.get(at + 2) & 0xff) << 16
                    | (buff.get(at + 3) & 0xff) << 24;
            byte[] bytes = new byte[length];
            buff.get(bytes);
            return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bytes));
        }

        @Override
        public Document[] createStorage(int size) {
            return new Document[size];
        }
    }

    private static final class KeyType extends BasicDataType<Object> {

        @Override
        public int compare(Object a, Object b) {
            return compareKeys(a, b);
        }

        @Override
        public int getMemory(Object key) {
            return estimate(key);
        }

        @Override
        public void write(WriteBuffer buff, Object key) {
            writeKey(buff, key);
        }

        @Override
        public Object read(ByteBuffer buff) {
            return readKey(buff);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }

    /**
     * The key an index map holds for {@code keyValue}: the value itself for one string, long or double (nearly every
     * index: {@code _id}, the views' versions, the event store's keys and global indexes, which the server's
     * normalisation makes doubles), the {@code KeyValue} otherwise. A look-up
     * compares some twenty keys, and through a {@code KeyValue} each comparison follows four references (key, list,
     * array, value) where a bare string follows one: in a rebuild's profile these reads were a third of the server's
     * time (docs/benchmarks.md, "Session 10"). On the page both are written alike, so files need no migration.
     */
    static Object indexKey(KeyValue keyValue) {
        if (keyValue.size() == 1 && isBare(keyValue.get(0))) {
            return keyValue.get(0);
        }
        return keyValue;
    }

    /** The {@code KeyValue} of an index map's key, as mongo-java-server's index code expects it. */
    static KeyValue keyValue(Object indexKey) {
        return indexKey instanceof KeyValue keyValue ? keyValue : new KeyValue(indexKey);
    }

    private static boolean isBare(Object value) {
        return value instanceof String || value instanceof Long || value instanceof Double;
    }

    /** {@link #indexKey}s, in the order of their values, then of their length; on the page, as a count and each value. */
    private static final class IndexKeyType extends BasicDataType<Object> {

        @Override
        public int compare(Object a, Object b) {
            if (!(a instanceof KeyValue) && !(b instanceof KeyValue)) {
                return compareKeys(a, b);
            }
            // element by element, a bare key as a one-value key, without wrapping it: this runs for every key a
            // look-up passes
            int sizeA = size(a);
            int sizeB = size(b);
            int common = Math.min(sizeA, sizeB);
            for (int i = 0; i < common; i++) {
                int order = compareKeys(value(a, i), value(b, i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(sizeA, sizeB);
        }

        private static int size(Object key) {
            return key instanceof KeyValue keyValue ? keyValue.size() : 1;
        }

        private static Object value(Object key, int index) {
            return key instanceof KeyValue keyValue ? keyValue.get(index) : key;
        }

        @Override
        public int getMemory(Object key) {
            if (!(key instanceof KeyValue keyValue)) {
                return estimate(key);
            }
            int size = 32;
            for (Object value : keyValue) {
                size += 8 + estimate(value);
            }
            return size;
        }

        @Override
        public void write(WriteBuffer buff, Object key) {
            if (!(key instanceof KeyValue keyValue)) {
                writeKey(buff.putVarInt(1), key);
                return;
            }
            buff.putVarInt(keyValue.size());
            for (Object value : keyValue) {
                writeKey(buff, value);
            }
        }

        @Override
        public Object read(ByteBuffer buff) {
            int size = DataUtils.readVarInt(buff);
            if (size == 1) {
                Object value = readKey(buff);
                return isBare(value) ? value : new KeyValue(value);
            }
            List<Object> values = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                values.add(readKey(buff));
            }
            return new KeyValue(values);
        }

        @Override
        public Object[] createStorage(int size) {
            return new Object[size];
        }
    }
}
