package vn.thidua.ledger.query.view;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.ErrorCategory;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.WriteModel;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.bson.BsonBinary;
import org.bson.BsonBinaryWriter;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.io.BasicOutputBuffer;
import org.bson.types.Binary;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * One view's collection: a document per view instance, keyed by {@code _id}, holding the view as its JSON
 * text and the global index of the last event folded into it (its {@code position}).
 * <p>
 * Delivery is at-least-once, so {@link #fold} skips an event at or below the stored position: applying an
 * event twice is harmless. The JSON text (not a BSON translation of it) is what is stored, compared and
 * checksummed, so a rebuilt view is byte-identical to the live one or the checksum says otherwise. It is stored as
 * its UTF-8 bytes (BSON binary), which the driver and the server copy whole, where a BSON string is encoded and
 * decoded character by character on both sides of the wire (docs/benchmarks.md, "Session 11"); a document written as a string by an earlier version is read and checksummed
 * the same, so no rebuild is needed for the change.
 * <p>
 * <b>Batches.</b> Inside an event processor's {@link ViewBatch} the store reads a document at most once per batch
 * (absent ones included), folds the batch's events into it in memory and writes it once, when the batch is
 * flushed: one unordered bulk write per collection. Outside a batch (tests, tools) each fold writes at once.
 * <p>
 * <b>Never backwards.</b> A write replaces a stored document only if it is older: by compare-and-set on the
 * {@code _id} and the stored {@code position} that the batch read, or by an insert where the batch found no document
 * or did not read it (the unique {@code _id} refuses a second one). A compare-and-set that misses or an insert that
 * collides (duplicate key, error code 11000, recognised by its code) means another writer got there in between, or a
 * blind write met an existing document: the store reads the stored positions with one {@code $in} and writes only
 * over an older state, or drops its write. So a node that lost its claim to another (a stall longer than the claim
 * timeout) cannot overwrite what the new owner wrote since. The filter {@code {_id, position}} takes the {@code _id}
 * index on MongoDB and on the embedded store alike.
 *
 * @param <V> the view's record type, immutable all the way down: a fold returns a new state and never changes the one
 *            it got, which a rebuild's writer may still be serializing while the next window is folded from it
 */
public final class ViewStore<V> {

    private static final String ID = "_id";
    private static final String POSITION = "position";
    private static final String JSON = "json";
    /** The field of the versions that compare-and-set filtered on before it used the position. */
    private static final String FORMER_VERSION = "v";
    private static final int ATTEMPTS = 5;
    private static final int READ_CHUNK = 500;

    private final String name;
    private final MongoCollection<Document> collection;
    /** The same collection, written with documents encoded here ({@link #stored}), not by the driver's codecs. */
    private final MongoCollection<RawBsonDocument> rawCollection;
    private final JsonMapper json;
    private final Class<V> type;
    private final int rank;
    /**
     * Documents of batches handed to a rebuild's writer and not written yet ({@link ViewBatch#defer}): a later batch
     * reads them here, not in the collection, which holds an older state until the write ends. Empty outside
     * rebuilds (a rebuild hands the view back to its processor only once its last write has ended); an entry leaves
     * when its write ends (or fails), unless a later batch has put a newer one.
     */
    private final Map<String, Slot<V>> unwritten = new ConcurrentHashMap<>();
    /**
     * While a rebuild that holds the view's claim fills it from empty ({@link #rebuildBegan}): the ids written since,
     * one per document, not per event; null otherwise. A batch then looks up no other id, which cannot exist: in a
     * rebuild most look-ups are of documents not written yet (a registrant's first registration), and asking the
     * server for each cost {@code pledges} a third of its rebuild (docs/benchmarks.md, "Session 28").
     */
    private volatile Set<String> rebuildWrites;
    /** One supplier for every batch, not a lambda per look-up. */
    private final Supplier<Pending<V>> newPending = () -> new Pending<>(this);

    public ViewStore(MongoDatabase database, String name, Class<V> type, JsonMapper json) {
        this(database, name, type, json, 0);
    }

    /** @param rank when a batch writes this collection, relative to the view's other ones ({@link ViewBatch}) */
    public ViewStore(MongoDatabase database, String name, Class<V> type, JsonMapper json, int rank) {
        this.name = name;
        this.collection = database.getCollection(name);
        this.rawCollection = collection.withDocumentClass(RawBsonDocument.class);
        this.type = type;
        this.json = json;
        this.rank = rank;
        dropFormerVersionIndex();
    }

    public String name() {
        return name;
    }

    /** The view {@code id}: inside a batch as the batch has folded it so far. */
    public Optional<Versioned<V>> find(String id) {
        Optional<Pending<V>> pending = pending();
        if (pending.isPresent()) {
            return Optional.ofNullable(pending.get().slot(id).versioned());
        }
        return Optional.ofNullable(collection.find(Filters.eq(ID, id)).first()).map(this::versioned);
    }

    public List<Versioned<V>> findAll(Collection<String> ids) {
        return List.copyOf(findAllById(ids).values());
    }

    /** Like {@link #findAll} but keyed by id, for callers that must tell the found views apart. */
    public Map<String, Versioned<V>> findAllById(Collection<String> ids) {
        Optional<Pending<V>> pending = pending();
        Map<String, Versioned<V>> found = new LinkedHashMap<>();
        if (pending.isPresent()) {
            Map<String, Slot<V>> slots = pending.get().load(ids);
            ids.forEach(id -> {
                Slot<V> slot = slots.get(id);
                if (slot != null && slot.state != null) {
                    found.put(id, slot.versioned());
                }
            });
            return found;
        }
        collection.find(Filters.in(ID, ids)).forEach(document -> found.put(document.getString(ID), versioned(document)));
        return found;
    }

    /**
     * Reads the views {@code ids} into the current batch with one {@code $in} query, so that the folds that follow
     * find them in memory. Does nothing outside a batch.
     */
    public void prefetch(Collection<String> ids) {
        pending().ifPresent(pending -> pending.load(ids));
    }

    /**
     * Once per batch, before its first event needs them: reads the documents that the batch's events will look up,
     * named by {@code keys} (none for an event that needs none), with {@code $in} queries instead of one read per
     * event. Does nothing outside a batch or on later calls in the same batch.
     */
    public void prefetchBatch(Function<Object, Stream<String>> keys) {
        prefetchBatchOf(message -> keys.apply(message.getPayload()));
    }

    /** As {@link #prefetchBatch}, with the keys named by the whole message (its token, its aggregate). */
    public void prefetchBatchOf(Function<Message<?>, Stream<String>> keys) {
        Optional<Pending<V>> batch = pending();
        if (batch.isEmpty() || batch.get().prefetched || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> work)) {
            return;
        }
        batch.get().prefetched = true;
        batch.get().load(work.getMessages().stream().flatMap(keys).toList());
    }

    /**
     * Folds one event into the view {@code id}: {@code step} gets the current view ({@code null} if there is
     * none yet) and returns the next. Skipped when the view already holds the event's position. A step that
     * returns the very state it got (an event the view does not take) writes nothing, so the position, and the
     * ETag, stay those of the last event that changed the view, as in an as-of fold of the same events.
     */
    public void fold(String id, long position, UnaryOperator<V> step) {
        Optional<Pending<V>> batch = pending();
        Slot<V> slot = batch.isPresent() ? batch.get().slot(id)
                : Slot.of(collection.find(Filters.eq(ID, id)).first(), this);
        if (slot.state != null && slot.position >= position) {
            return;
        }
        V next = step.apply(slot.state);
        if (next == slot.state) {
            return;
        }
        put(batch, id, slot.written(next, position));
    }

    /**
     * Sets the view {@code id} to {@code view} as of {@code position} without reading it first: for a document only
     * one event writes (an audit entry) or whose next state the caller computed already. A stored state at or past
     * {@code position} wins (checked when the batch is written).
     */
    public void write(String id, long position, V view) {
        Optional<Pending<V>> batch = pending();
        if (batch.isPresent()) {
            Slot<V> known = batch.get().known(id);
            if (known != null && known.state != null && known.position >= position) {
                return;
            }
            if (known != null) {
                put(batch, id, known.written(view, position));
                return;
            }
        }
        put(batch, id, new Slot<>(view, position, true, null));
    }

    /** The view was cleared by a rebuild that holds its claim: see {@link RebuildableView#rebuildBegan}. */
    public void rebuildBegan() {
        rebuildWrites = ConcurrentHashMap.newKeySet();
    }

    /** The rebuild handed the view back: batches look up every document again. */
    public void rebuildEnded() {
        rebuildWrites = null;
    }

    /** Whether a rebuild that filled the view from empty has not written {@code id}: then it does not exist. */
    private boolean unwrittenByRebuild(String id) {
        Set<String> written = rebuildWrites;
        return written != null && !written.contains(id);
    }

    /** Drops every document: the first step of a rebuild. */
    public void clear() {
        collection.drop();
    }

    /** Over every document's id and JSON ({@link Checksums}): equal checksums mean identical views. */
    public String checksum() {
        Checksums.Sum sum = new Checksums.Sum();
        collection.find().batchSize(Checksums.SCAN_BATCH)
                  .forEach(document -> sum.add(document.getString(ID), text(document)));
        return sum.hex();
    }

    public long count() {
        return collection.countDocuments();
    }

    private void put(Optional<Pending<V>> batch, String id, Slot<V> slot) {
        Set<String> written = rebuildWrites;
        if (written != null) {
            written.add(id);
        }
        if (batch.isPresent()) {
            batch.get().slots.put(id, slot);
            return;
        }
        writeAll(Map.of(id, slot));
    }

    private Optional<Pending<V>> pending() {
        return ViewBatch.current().map(batch -> batch.participant(this, newPending));
    }

    /**
     * Versions ({@code _id@position}, in a unique index of their own) were what compare-and-set filtered on while the
     * embedded store used an index only for a query on exactly its fields; it now answers {@code {_id, position}} from
     * the {@code _id} index, as MongoDB does, and a second unique key per written document was a third of an insert's
     * look-ups. Documents that still carry a version keep it; nothing reads it.
     */
    private void dropFormerVersionIndex() {
        FormerIndexes.drop(collection, FORMER_VERSION);
    }

    /** Writes each slot over an older stored state only (see the class comment); one bulk write per attempt. */
    private void writeAll(Map<String, Slot<V>> slots) {
        Map<String, Slot<V>> remaining = new LinkedHashMap<>(slots);
        for (int attempt = 0; attempt < ATTEMPTS && !remaining.isEmpty(); attempt++) {
            remaining = writeOnce(remaining, attempt == 0);
        }
        if (!remaining.isEmpty()) {
            throw new IllegalStateException("View " + name + ": " + remaining.size() + " documents kept changing under "
                                            + "this writer; the batch will be retried");
        }
    }

    /**
     * @param firstAttempt trust what the batch read (a position, or absent) and assume absent what it did not read
     *                     (a blind {@link #write}: an insert, which collides if the document exists); later attempts
     *                     read every stored position first
     * @return the slots to try again: another writer changed them between the read and the write
     */
    private Map<String, Slot<V>> writeOnce(Map<String, Slot<V>> slots, boolean firstAttempt) {
        Map<String, Long> stored = new HashMap<>();
        if (firstAttempt) {
            slots.forEach((id, slot) -> {
                if (slot.storedPosition != null) {
                    stored.put(id, slot.storedPosition);
                }
            });
        }
        List<String> ids = firstAttempt ? List.of() : List.copyOf(slots.keySet());
        for (int from = 0; from < ids.size(); from += READ_CHUNK) {
            collection.find(Filters.in(ID, ids.subList(from, Math.min(ids.size(), from + READ_CHUNK))))
                      .projection(Projections.include(POSITION))
                      .forEach(document -> stored.put(document.getString(ID), positionOf(document)));
        }
        List<String> written = new ArrayList<>();
        List<WriteModel<RawBsonDocument>> writes = new ArrayList<>();
        int replacements = 0;
        for (Map.Entry<String, Slot<V>> entry : slots.entrySet()) {
            String id = entry.getKey();
            Slot<V> slot = entry.getValue();
            Long current = stored.get(id);
            if (current != null && current >= slot.position) {
                continue;
            }
            RawBsonDocument document = stored(id, slot.position, json.writeValueAsBytes(slot.state));
            if (current == null) {
                writes.add(new InsertOneModel<>(document));
            } else {
                // one document of both fields: the driver writes Filters.and as an $and, which the embedded store
                // would match against every document
                writes.add(new ReplaceOneModel<>(new Document(ID, id).append(POSITION, current), document));
                replacements++;
            }
            written.add(id);
        }
        if (writes.isEmpty()) {
            return Map.of();
        }
        Set<String> retry = new HashSet<>();
        int matched;
        try {
            matched = rawCollection.bulkWrite(writes, new BulkWriteOptions().ordered(false)).getMatchedCount();
        } catch (MongoBulkWriteException e) {
            for (BulkWriteError error : e.getWriteErrors()) {
                if (!isDuplicateKey(error)) {
                    throw e;
                }
                retry.add(written.get(error.getIndex()));
            }
            if (e.getWriteConcernError() != null) {
                throw e;
            }
            matched = e.getWriteResult().getMatchedCount();
        }
        if (matched < replacements) {
            // Some compare-and-set missed; which ones the result does not say: read them all again.
            for (int i = 0; i < writes.size(); i++) {
                if (writes.get(i) instanceof ReplaceOneModel<RawBsonDocument>) {
                    retry.add(written.get(i));
                }
            }
        }
        Map<String, Slot<V>> again = new LinkedHashMap<>();
        retry.forEach(id -> again.put(id, slots.get(id)));
        return again;
    }

    /**
     * The stored document, {@code {_id, position, json}}, encoded here: the driver's codecs would look a codec up for
     * each field (allocating a key each time), copy the JSON bytes out of their {@link Binary} and build a map first,
     * about half of a rebuild writer's allocations (the driver still copies the encoded document once as it sends
     * it). The bytes are those the driver writes for the same {@link Document}: a string, a 64-bit integer, a binary
     * of the generic subtype.
     */
    private static RawBsonDocument stored(String id, long position, byte[] jsonBytes) {
        BasicOutputBuffer buffer = new BasicOutputBuffer(jsonBytes.length + 2 * id.length() + 64);
        try (BsonBinaryWriter writer = new BsonBinaryWriter(buffer)) {
            writer.writeStartDocument();
            writer.writeString(ID, id);
            writer.writeInt64(POSITION, position);
            writer.writeBinaryData(JSON, new BsonBinary(jsonBytes));
            writer.writeEndDocument();
        }
        return new RawBsonDocument(buffer.getInternalBuffer(), 0, buffer.getPosition());
    }

    /** By code (11000 and its legacy siblings), never by message text. */
    private static boolean isDuplicateKey(BulkWriteError error) {
        return ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY;
    }

    private Versioned<V> versioned(Document document) {
        return new Versioned<>(read(document), positionOf(document));
    }

    private static long positionOf(Document document) {
        return document.get(POSITION, Number.class).longValue();
    }

    private V read(Document document) {
        return json.readValue(text(document), type);
    }

    /** The view's JSON as UTF-8 bytes, whether stored as bytes or (by an earlier version) as a string. */
    private static byte[] text(Document document) {
        Object stored = document.get(JSON);
        return stored instanceof Binary bytes ? bytes.getData() : ((String) stored).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A document as the batch knows it: {@code state == null} for one that does not exist (yet); and the stored
     * document's position, if the batch read one: null if it found none, or did not read (a blind {@link #write}),
     * which writes alike (an insert, which collides if a document exists).
     */
    private record Slot<V>(V state, long position, boolean dirty, Long storedPosition) {

        static <V> Slot<V> of(Document document, ViewStore<V> store) {
            if (document == null) {
                return new Slot<>(null, 0, false, null);
            }
            long position = positionOf(document);
            return new Slot<>(store.read(document), position, false, position);
        }

        /**
         * What a later batch knows of this slot while its write is pending: its state, stored (the write will leave
         * it at this position, or a compare-and-set on that misses and the write reads it again).
         */
        Slot<V> asWritten() {
            return new Slot<>(state, position, false, position);
        }

        /** The next state, to be written over what this slot found stored. */
        Slot<V> written(V next, long at) {
            return new Slot<>(next, at, true, storedPosition);
        }

        Versioned<V> versioned() {
            return state == null ? null : new Versioned<>(state, position);
        }
    }

    /** This store's documents in the current batch: read once, written once. */
    private static final class Pending<V> implements ViewBatch.Participant {

        private final ViewStore<V> store;
        private final Map<String, Slot<V>> slots = new LinkedHashMap<>();
        private boolean prefetched;

        Pending(ViewStore<V> store) {
            this.store = store;
        }

        /** The slot of {@code id}, read alone if the batch has not seen it: a fold's one look-up, without a list. */
        Slot<V> slot(String id) {
            Slot<V> known = known(id);
            if (known == null) {
                known = Slot.of(store.unwrittenByRebuild(id) ? null : store.collection.find(Filters.eq(ID, id)).first(),
                                store);
                slots.put(id, known);
            }
            return known;
        }

        /** The slots of {@code ids}, reading the ones the batch has not seen with {@code $in} queries. */
        Map<String, Slot<V>> load(Collection<String> ids) {
            Set<String> unknown = new LinkedHashSet<>();
            for (String id : ids) {
                if (known(id) == null) {
                    if (store.unwrittenByRebuild(id)) {
                        slots.put(id, Slot.of(null, store));
                    } else {
                        unknown.add(id);
                    }
                }
            }
            List<String> missing = List.copyOf(unknown);
            for (int from = 0; from < missing.size(); from += READ_CHUNK) {
                List<String> chunk = missing.subList(from, Math.min(missing.size(), from + READ_CHUNK));
                Map<String, Document> found = new HashMap<>();
                store.collection.find(chunk.size() == 1 ? Filters.eq(ID, chunk.get(0)) : Filters.in(ID, chunk))
                        .forEach(document -> found.put(document.getString(ID), document));
                chunk.forEach(id -> slots.put(id, Slot.of(found.get(id), store)));
            }
            Map<String, Slot<V>> result = new HashMap<>();
            ids.forEach(id -> result.put(id, slots.get(id)));
            return result;
        }

        /** The slot of {@code id} if this batch has it, or an earlier batch's write of it is pending (then kept). */
        Slot<V> known(String id) {
            Slot<V> slot = slots.get(id);
            if (slot == null) {
                Slot<V> pending = store.unwritten.get(id);
                if (pending != null) {
                    slot = pending.asWritten();
                    slots.put(id, slot);
                }
            }
            return slot;
        }

        @Override
        public int rank() {
            return store.rank;
        }

        @Override
        public void flush() {
            write(dirty());
        }

        /** Until written, later batches read this batch's documents from memory (see {@link #unwritten}). */
        @Override
        public ViewBatch.Deferred defer() {
            Map<String, Slot<V>> dirty = dirty();
            store.unwritten.putAll(dirty);
            return new ViewBatch.Deferred(() -> write(dirty), () -> dirty.forEach(
                    (id, slot) -> store.unwritten.computeIfPresent(id, (key, pending) -> pending == slot ? null : pending)));
        }

        private Map<String, Slot<V>> dirty() {
            Map<String, Slot<V>> dirty = new LinkedHashMap<>();
            slots.forEach((id, slot) -> {
                if (slot.dirty) {
                    dirty.put(id, slot);
                }
            });
            return dirty;
        }

        private void write(Map<String, Slot<V>> dirty) {
            if (!dirty.isEmpty()) {
                store.writeAll(dirty);
            }
        }
    }
}
