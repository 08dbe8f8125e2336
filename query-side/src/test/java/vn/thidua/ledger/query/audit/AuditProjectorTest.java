package vn.thidua.ledger.query.audit;

import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.testsupport.CommandCounter;
import vn.thidua.ledger.query.testsupport.MemoryMongo;
import vn.thidua.ledger.query.testsupport.ProjectorFeed;
import vn.thidua.ledger.query.view.PageRequest;
import vn.thidua.ledger.query.view.ViewJson;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

/** The audit projector as its processor drives it: a batch of events in one unit of work (ProjectorFeed). */
class AuditProjectorTest {

    /** A payload the projector knows nothing about: the audit history takes every event, of any type. */
    record Noted(String clusterId, int year, String note) {
    }

    /**
     * The projector asks for a batch's blocks before its first entry, so a batch reads them with one query instead of
     * one per block (docs/benchmarks.md, "Session 16"); without that call it reads the 5 blocks here one by one.
     */
    @Test
    void aBatchReadsTheBlocksItFillsWithOneQuery() {
        CommandCounter blockReads = new CommandCounter("find", AuditLog.ENTRIES);
        try (MemoryMongo mongo = new MemoryMongo(blockReads)) {
            AuditLog log = new AuditLog(mongo.database());
            AuditProjector projector = new AuditProjector(log, new AuditScopes(mongo.database()), new JsonText());
            int count = 4 * AuditBlock.SIZE;
            List<Noted> events = LongStream.rangeClosed(1, count)
                                           .mapToObj(position -> new Noted("cum-iv", 2022, "event " + position)).toList();

            new ProjectorFeed(projector).feedInBatches(events, 1, count);

            assertThat(blockReads.count()).isEqualTo(1);
            AuditPage page = log.query(AuditFilter.none(), new PageRequest(0, count, PageRequest.Order.OLDEST_FIRST));
            assertThat(page.items()).extracting(AuditEntry::position)
                                    .containsExactlyElementsOf(LongStream.rangeClosed(1, count).boxed().toList());
            assertThat(page.items().get(0).clusterId()).isEqualTo("cum-iv");
        }
    }

    /**
     * The history is an index over the ledger: its blocks hold no copy of the payloads, which a read takes from the
     * ledger (AuditPayloads), so a rebuild does not write them all again.
     */
    @Test
    void theBlocksKeepNoPayload() {
        try (MemoryMongo mongo = new MemoryMongo()) {
            AuditLog log = new AuditLog(mongo.database());
            List<Noted> events = List.of(new Noted("cum-iv", 2022, "Đăng ký \"Cờ thi đua\""),
                                         new Noted("cum-iv", 2022, "lần 2"));
            new ProjectorFeed(new AuditProjector(log, new AuditScopes(mongo.database()), new JsonText()))
                    .feedInBatches(events, 1, 1);

            List<String> blocks = new ArrayList<>();
            mongo.database().getCollection(AuditLog.ENTRIES).find()
                 .forEach(block -> blocks.add(new String(block.get("json", Binary.class).getData(), UTF_8)));
            assertThat(blocks).hasSize(1).allSatisfy(json -> assertThat(json).contains("Noted")
                    .doesNotContain("\"payload\"").doesNotContain("Cờ thi đua"));
        }
    }

    /** The payload as JSON text, as the event store's serializer stores it; the projector only serializes. */
    private static final class JsonText implements Serializer {

        @Override
        @SuppressWarnings("unchecked")
        public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
            return new SimpleSerializedObject<>((T) ViewJson.mapper().writeValueAsString(object), expectedRepresentation,
                                                typeForClass(object.getClass()));
        }

        @Override
        public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
            return expectedRepresentation == String.class;
        }

        @Override
        public <S, T> T deserialize(SerializedObject<S> serializedObject) {
            throw new UnsupportedOperationException("the projector only serializes");
        }

        @Override
        public Class classForType(SerializedType type) {
            throw new UnsupportedOperationException("the projector only serializes");
        }

        @Override
        public SerializedType typeForClass(Class type) {
            return new SimpleSerializedType(type.getName(), null);
        }

        @Override
        public Converter getConverter() {
            throw new UnsupportedOperationException("the projector only serializes");
        }
    }
}
