package vn.thidua.ledger.query.view;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.types.Binary;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.testsupport.CommandCounter;
import vn.thidua.ledger.query.testsupport.MemoryMongo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

class ViewStoreTest {

    /** A view that lists the positions folded into it. */
    record Tally(List<Long> positions) {
        Tally plus(long position) {
            List<Long> next = new ArrayList<>(positions);
            next.add(position);
            return new Tally(next);
        }
    }

    private final MemoryMongo mongo = new MemoryMongo();
    private final ViewStore<Tally> store = new ViewStore<>(mongo.database(), "tallies", Tally.class, ViewJson.mapper());
    private final MongoCollection<Document> raw = mongo.database().getCollection("tallies");

    @AfterEach
    void close() {
        mongo.close();
    }

    @Test
    void foldSkipsAnEventAtOrBelowTheStoredPosition() {
        fold("a", 1);
        fold("a", 2);
        fold("a", 2);
        fold("a", 1);

        assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(1L, 2L)), 2));
    }

    @Test
    void theJsonIsStoredAsItsUtf8BytesAndADocumentAnEarlierVersionStoredAsTextIsReadAndChecksummedAlike() {
        fold("a", 1);
        String bytesChecksum = store.checksum();
        assertThat(raw.find(Filters.eq("_id", "a")).first().get("json")).isInstanceOf(Binary.class);

        raw.updateOne(Filters.eq("_id", "a"), Updates.set("json", "{\"positions\":[1]}"));

        assertThat(store.checksum()).isEqualTo(bytesChecksum);
        assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(1L)), 1));
        fold("a", 2);
        assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(1L, 2L)), 2));
    }

    @Test
    void aStoredDocumentHasTheBytesTheDriverWouldWriteForIt() {
        fold("a", 1);
        assertStoredAsTheDriverWritesIt("a", 1, "{\"positions\":[1]}");

        fold("a", 2);
        assertStoredAsTheDriverWritesIt("a", 2, "{\"positions\":[1,2]}");
        assertThat(raw.find(Filters.and(Filters.eq("_id", "a"), Filters.eq("position", 2L))).first()).isNotNull();
    }

    /**
     * Bytes, not values: the same fields in the same order with the same types (a 64-bit position, generic binary), as
     * the server gives them back after an insert or a replace.
     */
    private void assertStoredAsTheDriverWritesIt(String id, long position, String json) {
        RawBsonDocument stored = mongo.database().getCollection("tallies", RawBsonDocument.class)
                                      .find(Filters.eq("_id", id)).first();
        Document asTheDriverWritesIt = new Document("_id", id).append("position", position)
                .append("json", new Binary(json.getBytes(StandardCharsets.UTF_8)));
        assertThat(bytes(stored)).isEqualTo(bytes(new RawBsonDocument(asTheDriverWritesIt, new DocumentCodec())));
    }

    @Test
    void aStaleWriterCannotOverwriteANewerState() {
        fold("a", 5);
        ViewStore<Tally> staleNode = new ViewStore<>(mongo.database(), "tallies", Tally.class, ViewJson.mapper());

        staleNode.write("a", 3, new Tally(List.of(3L)));
        staleNode.write("a", 5, new Tally(List.of(99L)));

        assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(5L)), 5));
    }

    @Test
    void aStaleBatchLosesOnlyItsOutdatedDocumentsAndWritesTheOthers() {
        fold("a", 5);
        inBatch(batch -> {
            store.write("a", 4, new Tally(List.of(4L)));
            store.write("b", 4, new Tally(List.of(4L)));
        });

        assertThat(store.find("a").orElseThrow().position()).isEqualTo(5);
        assertThat(store.find("b").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(4L)), 4));
    }

    /**
     * A batch's compare-and-set is on the position it read: another writer that moved the document in between makes
     * it miss, and the store reads the position again and writes only over an older one.
     */
    @Test
    void aCompareAndSetThatMissesReadsThePositionAgainAndWritesOnlyOverAnOlderState() {
        fold("a", 5);
        fold("b", 5);
        inBatch(batch -> {
            fold("a", 7);
            fold("b", 7);
            raw.updateOne(Filters.eq("_id", "a"), Updates.set("position", 6L));
            raw.updateOne(Filters.eq("_id", "b"), Updates.set("position", 8L));
        });

        assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(5L, 7L)), 7));
        assertThat(store.find("b").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(5L)), 8));
    }

    /**
     * Stores of an earlier version kept a version field ({@code v}) in a unique index of its own: the index goes when
     * the view starts, from every collection (mongo-java-server, asked by name, would take it off the list of all of
     * them and leave them undroppable), and a document that still carries the field is read and replaced as any.
     */
    @Test
    void theFormerVersionIndexIsDroppedFromEveryViewAndADocumentThatKeepsItsVersionIsReplaced() {
        List<String> names = List.of("former-1", "former-2");
        for (String name : names) {
            MongoCollection<Document> former = mongo.database().getCollection(name);
            former.createIndex(Indexes.ascending("v"), new IndexOptions().unique(true).sparse(true));
            former.insertOne(new Document("_id", "a").append("position", 1L).append("v", "a@1")
                                                      .append("json", "{\"positions\":[1]}"));
        }
        MongoCollection<Document> unrelated = mongo.database().getCollection("unrelated");
        unrelated.createIndex(Indexes.ascending("v"), new IndexOptions().unique(true).sparse(true));
        List<ViewStore<Tally>> stores = names.stream()
                .map(name -> new ViewStore<>(mongo.database(), name, Tally.class, ViewJson.mapper())).toList();
        new ViewStore<>(mongo.database(), names.get(0), Tally.class, ViewJson.mapper()); // a node started later: nothing to drop

        assertThat(unrelated.listIndexes().map(index -> index.getString("name")).into(new ArrayList<>())).contains("v_1");

        for (ViewStore<Tally> former : stores) {
            assertThat(mongo.database().getCollection(former.name()).listIndexes().map(index -> index.getString("name"))
                            .into(new ArrayList<>())).containsExactly("_id_");
            former.fold("a", 2, state -> state.plus(2));
            assertThat(former.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(1L, 2L)), 2));
            former.clear();
            assertThat(former.count()).isZero();
        }
    }

    @Test
    void aNewerWriteReplacesAnOlderState() {
        fold("a", 1);
        store.write("a", 7, new Tally(List.of(7L)));

        assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(7L)), 7));
    }

    @Test
    void aBatchReadsEachDocumentOnceAndWritesNothingUntilFlushed() {
        fold("a", 1);
        inBatch(batch -> {
            for (long position = 2; position <= 50; position++) {
                fold("a", position);
                fold("new", position);
            }
            assertThat(store.find("a").orElseThrow().position()).isEqualTo(50);
            assertThat(raw.find(Filters.eq("_id", "a")).first().get("position", Number.class).longValue()).isEqualTo(1);
            assertThat(raw.countDocuments()).isEqualTo(1);
            batch.flush();
            assertThat(raw.countDocuments()).isEqualTo(2);
        });

        assertThat(store.find("a").orElseThrow().view().positions()).hasSize(50);
        assertThat(store.find("new").orElseThrow().view().positions()).hasSize(49).startsWith(2L).endsWith(50L);
    }

    /**
     * Between the start and the end of a rebuild that holds the view's claim, a batch asks the server only for the
     * documents the rebuild has written; afterwards for every one again (another node may have written it).
     */
    @Test
    void aRebuildLooksUpOnlyWhatItHasWrittenUntilItEnds() {
        CommandCounter finds = new CommandCounter("find");
        try (MemoryMongo counted = new MemoryMongo(finds)) {
            ViewStore<Tally> rebuilt = new ViewStore<>(counted.database(), "tallies", Tally.class, ViewJson.mapper());
            UnaryOperator<Tally> plusOne = state -> (state == null ? new Tally(List.of()) : state).plus(1);
            rebuilt.clear();
            rebuilt.rebuildBegan();
            finds.reset();
            inBatch(batch -> {
                rebuilt.prefetch(List.of("a", "b"));
                rebuilt.fold("a", 1, plusOne);
                rebuilt.fold("c", 1, plusOne);
            });
            assertThat(finds.count()).as("documents the rebuild has not written").isZero();
            inBatch(batch -> rebuilt.fold("a", 2, state -> state.plus(2)));
            assertThat(finds.count()).as("a document the rebuild wrote").isEqualTo(1);

            rebuilt.rebuildEnded();
            counted.database().getCollection("tallies").insertOne(new Document("_id", "d").append("position", 1L)
                    .append("json", "{\"positions\":[1]}"));
            inBatch(batch -> rebuilt.fold("d", 3, state -> state.plus(3)));

            assertThat(rebuilt.find("d").orElseThrow().view().positions()).containsExactly(1L, 3L);
            assertThat(rebuilt.find("a").orElseThrow().view().positions()).containsExactly(1L, 2L);
        }
    }

    @Test
    void aBatchFoldsAnEventOnceEvenWhenRedeliveredWithinIt() {
        inBatch(batch -> {
            fold("a", 1);
            fold("a", 1);
            store.prefetch(List.of("a", "b"));
            fold("a", 2);
        });

        assertThat(store.find("a").orElseThrow().view().positions()).containsExactly(1L, 2L);
        assertThat(store.find("b")).isEmpty();
    }

    @Test
    void aBatchThatIsNotFlushedLeavesTheStoreAsItWas() {
        fold("a", 1);
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        ViewBatch.openIn(unitOfWork);
        fold("a", 2);
        unitOfWork.rollback();

        assertThat(store.find("a").orElseThrow().position()).isEqualTo(1);
    }

    @Test
    void aStepThatKeepsTheStateWritesNothing() {
        fold("a", 1);
        store.fold("a", 2, state -> state);

        assertThat(store.find("a").orElseThrow().position()).isEqualTo(1);
    }

    /**
     * Write-behind (a rebuild): a batch's writes are taken out and made later; the next batch reads its documents
     * from them, not from the collection, which still holds the older state; written in order, the collection ends
     * with the newest, each write a compare-and-set on the version the one before left.
     */
    @Test
    void aBatchFoldedWhileTheLastOneIsUnwrittenReadsTheLastOnesDocumentsAndTheWritesChainInOrder() {
        fold("a", 1);
        ViewBatch.Deferred first = deferredBatch(() -> {
            fold("a", 2);
            store.write("b", 2, new Tally(List.of(2L)));
        });
        ViewBatch.Deferred second = deferredBatch(() -> {
            assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(1L, 2L)), 2));
            fold("a", 3);
            store.write("b", 3, new Tally(List.of(2L, 3L)));
        });
        assertThat(raw.find(Filters.eq("_id", "a")).first().get("position", Number.class).longValue()).isEqualTo(1);
        assertThat(raw.countDocuments()).isEqualTo(1);

        first.writeAndRelease();
        second.writeAndRelease();

        assertThat(store.find("a").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(1L, 2L, 3L)), 3));
        assertThat(store.find("b").orElseThrow()).isEqualTo(new Versioned<>(new Tally(List.of(2L, 3L)), 3));
    }

    /** A dropped (or failed) deferred write leaves nothing behind: the next batch reads the collection again. */
    @Test
    void aReleasedDeferredWriteIsNoLongerReadByLaterBatches() {
        fold("a", 1);
        ViewBatch.Deferred dropped = deferredBatch(() -> fold("a", 2));
        dropped.release().run();

        inBatch(batch -> assertThat(store.find("a").orElseThrow().position()).isEqualTo(1));
    }

    /** A later batch's newer document stays readable when an earlier write of the same document ends. */
    @Test
    void theEndOfAnEarlierWriteKeepsALaterBatchsUnwrittenDocument() {
        ViewBatch.Deferred first = deferredBatch(() -> fold("a", 1));
        ViewBatch.Deferred second = deferredBatch(() -> fold("a", 2));
        first.writeAndRelease();

        deferredBatch(() -> assertThat(store.find("a").orElseThrow().position()).isEqualTo(2)).release().run();
        second.writeAndRelease();
        assertThat(store.find("a").orElseThrow().view().positions()).containsExactly(1L, 2L);
    }

    private static ViewBatch.Deferred deferredBatch(Runnable work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        ViewBatch batch = ViewBatch.openIn(unitOfWork);
        work.run();
        ViewBatch.Deferred deferred = batch.defer();
        unitOfWork.commit();
        return deferred;
    }

    private static byte[] bytes(RawBsonDocument document) {
        ByteBuf buffer = document.getByteBuffer();
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private void fold(String id, long position) {
        store.fold(id, position, state -> (state == null ? new Tally(List.of()) : state).plus(position));
    }

    private static void inBatch(Consumer<ViewBatch> work) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("event"));
        ViewBatch batch = ViewBatch.openIn(unitOfWork);
        work.accept(batch);
        batch.flush();
        unitOfWork.commit();
    }
}
