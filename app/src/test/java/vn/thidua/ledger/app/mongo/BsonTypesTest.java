package vn.thidua.ledger.app.mongo;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.WriteBuffer;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BsonTypesTest {

    @Test
    void documentsReadBackAsWrittenWhateverTheirSize() {
        Document large = new Document("_id", "large").append("json", "x".repeat(3 * 1024 * 1024));
        Document small = new Document("_id", 7L).append("nested", new Document("a", List.of(1, "b", 2.5)));
        Document empty = new Document();
        WriteBuffer page = new WriteBuffer();
        for (Document document : List.of(small, large, empty, small, large)) {
            BsonTypes.DOCUMENT.write(page, document);
        }
        ByteBuffer read = page.getBuffer().flip();
        assertThat(List.of(BsonTypes.DOCUMENT.read(read), BsonTypes.DOCUMENT.read(read), BsonTypes.DOCUMENT.read(read),
                           BsonTypes.DOCUMENT.read(read), BsonTypes.DOCUMENT.read(read)))
                .containsExactly(small, large, empty, small, large);
        assertThat(read.hasRemaining()).isFalse();
    }

    @Test
    void stringAndLongKeysAreTheBytesBsonEncoderWrites() {
        SplittableRandom random = new SplittableRandom(2026);
        List<Object> keys = new ArrayList<>(List.of("", "h|Cụm thi đua IV", "c|12|đơn vị 😀", "a\u0000b", Long.MIN_VALUE,
                                                    Long.MAX_VALUE, 0L, -1L, (long) Integer.MIN_VALUE));
        for (int i = 0; i < 1_000; i++) {
            keys.add(random.nextLong());
            keys.add(random.ints(random.nextInt(40), 0x20, 0x2FFF).collect(StringBuilder::new,
                    StringBuilder::appendCodePoint, StringBuilder::append).toString());
        }
        for (Object key : keys) {
            WriteBuffer written = new WriteBuffer();
            BsonTypes.KEY.write(written, key);
            assertThat(bytes(written)).as("%s", key).isEqualTo(encodedByMongoJavaServer(key));
            assertThat(BsonTypes.KEY.read(written.getBuffer().flip())).isEqualTo(key);
        }
        // A lone surrogate cannot be UTF-8: both write '?' for it.
        WriteBuffer lone = new WriteBuffer();
        BsonTypes.KEY.write(lone, "x\uD800");
        assertThat(bytes(lone)).isEqualTo(encodedByMongoJavaServer("x\uD800"));
    }

    @Test
    void keysReadBackAsWrittenBesideDocuments() {
        WriteBuffer page = new WriteBuffer();
        BsonTypes.KEY.write(page, "h|unit-07");
        BsonTypes.DOCUMENT.write(page, new Document("_id", "between").append("n", 3));
        BsonTypes.KEY.write(page, 42L);
        BsonTypes.KEY.write(page, Missing.getInstance());
        BsonTypes.INDEX_KEY.write(page, new KeyValue(List.of("campaign-1", 12L)));
        BsonTypes.INDEX_KEY.write(page, "unit-07@41");
        ByteBuffer read = page.getBuffer().flip();
        assertThat(BsonTypes.KEY.read(read)).isEqualTo("h|unit-07");
        assertThat(BsonTypes.DOCUMENT.read(read)).isEqualTo(new Document("_id", "between").append("n", 3));
        assertThat(BsonTypes.KEY.read(read)).isEqualTo(42L);
        assertThat(BsonTypes.KEY.read(read)).isSameAs(Missing.getInstance());
        assertThat(BsonTypes.INDEX_KEY.read(read)).isEqualTo(new KeyValue(List.of("campaign-1", 12L)));
        assertThat(BsonTypes.INDEX_KEY.read(read)).isEqualTo("unit-07@41");
    }

    /** A bare string or long is the in-memory form of a one-value key; files written with KeyValues read the same. */
    @Test
    void aOneValueIndexKeyIsWrittenAsItsKeyValueAndReadBackBare() {
        for (Object value : List.of("c|3|all", 41L, 45003.0)) {
            WriteBuffer bare = new WriteBuffer();
            BsonTypes.INDEX_KEY.write(bare, BsonTypes.indexKey(new KeyValue(value)));
            WriteBuffer wrapped = new WriteBuffer();
            BsonTypes.INDEX_KEY.write(wrapped, new KeyValue(value));

            assertThat(bytes(bare)).isEqualTo(bytes(wrapped));
            assertThat(BsonTypes.INDEX_KEY.read(wrapped.getBuffer().flip())).isEqualTo(value);
        }
        assertThat(BsonTypes.indexKey(new KeyValue(7))).isEqualTo(new KeyValue(7));
        assertThat(BsonTypes.keyValue("c|3|all")).isEqualTo(new KeyValue("c|3|all"));
    }

    /**
     * Numbers, a global index's double among them, compare as the server's own order says, in an index map and in a
     * data map alike; that order compares a whole value beyond the int range by whole parts, so a shorter path that
     * compared doubles exactly would tell apart two keys the data map holds as one. Equal values come twice, as
     * distinct objects: a look-up that finds its key ends on such a pair.
     */
    @Test
    void numberKeysCompareAsTheServersOrder() {
        List<Object> numbers = List.of(3.0E9, 3.0E9 + 0.5, 3_000_000_000L, 1.5, 1.7, 2.5, -1.5, -0.5, 0.0, -0.0,
                                       Double.NaN, Double.POSITIVE_INFINITY, 1e19, 45003.0, 45004.0, 45003L, 7,
                                       Double.valueOf(45003.0), Double.valueOf(3.0E9), Double.valueOf(-0.0),
                                       Double.valueOf(Double.NaN), Double.valueOf(1e19));
        ValueComparator order = ValueComparator.ascWithoutListHandling();
        for (Object a : numbers) {
            for (Object b : numbers) {
                int expected = Integer.signum(order.compare(a, b));
                assertThat(Integer.signum(BsonTypes.INDEX_KEY.compare(BsonTypes.indexKey(new KeyValue(a)),
                                                                      BsonTypes.indexKey(new KeyValue(b)))))
                        .as("%s vs %s in an index", a, b).isEqualTo(expected);
                assertThat(Integer.signum(BsonTypes.KEY.compare(a, b))).as("%s vs %s as _id", a, b).isEqualTo(expected);
            }
        }
    }

    /** The order of the index pages: that of the KeyValues, compared value by value as mongo-java-server does. */
    @Test
    void indexKeysSortAsTheirKeyValues() {
        List<KeyValue> keyValues = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200; i++) {
            keyValues.add(new KeyValue(random.nextBoolean() ? (Object) ("k" + random.nextInt(50))
                                                            : (Object) (long) random.nextInt(50)));
        }
        keyValues.addAll(List.of(new KeyValue(3), new KeyValue(2.5), new KeyValue(Missing.getInstance()),
                                 new KeyValue(List.of("campaign-1", 12L)), new KeyValue(List.of("campaign-1", 2L)),
                                 new KeyValue(List.of("k1", "x")), new KeyValue(new Document("a", 1))));
        ValueComparator values = ValueComparator.ascWithoutListHandling();
        Comparator<KeyValue> byValues = (a, b) -> {
            for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
                int order = values.compare(a.get(i), b.get(i));
                if (order != 0) {
                    return order;
                }
            }
            return Integer.compare(a.size(), b.size());
        };

        List<Object> sorted = new ArrayList<>(keyValues.stream().map(BsonTypes::indexKey).toList());
        sorted.sort(BsonTypes.INDEX_KEY::compare);

        assertThat(sorted.stream().map(BsonTypes::keyValue).toList())
                .isEqualTo(keyValues.stream().sorted(byValues).toList());
    }

    private static byte[] encodedByMongoJavaServer(Object key) {
        ByteBuf value = Unpooled.buffer();
        byte type = BsonEncoder.determineType(key);
        value.writeByte(type);
        BsonEncoder.encodeValue(type, key, value);
        WriteBuffer expected = new WriteBuffer();
        expected.putVarInt(value.readableBytes()).put(ByteBufUtil.getBytes(value));
        return bytes(expected);
    }

    private static byte[] bytes(WriteBuffer buffer) {
        ByteBuffer copy = buffer.getBuffer().duplicate().flip();
        byte[] bytes = new byte[copy.remaining()];
        copy.get(bytes);
        return bytes;
    }
}
