package vn.thidua.ledger.query.audit;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.InsertOneModel;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import vn.thidua.ledger.query.view.Checksums;
import vn.thidua.ledger.query.view.FormerIndexes;
import vn.thidua.ledger.query.view.RebuildableView;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.model.BulkWriteOptions;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.view.ViewHoldings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Append-only posting lists of global positions, one per filter value ({@link AuditKeys}), so that every filter
 * of the audit history is served by {@code _id} and {@code $in} lookups (the embedded server has no secondary
 * indexes).
 * <p>
 * A list is a head document {@code h|<key>} ({@code n} = how many positions, {@code last} = the newest) and
 * chunk documents {@code c|<i>|<key>} of at most {@value #CHUNK} positions in ascending order; the i-th position
 * of a list is in chunk {@code i / CHUNK}, so no document grows past a fixed size however long the list.
 * <p>
 * <b>Appends.</b> A chunk carries a version {@code v = c|<i>|<key>#<length>}, so a writer that knows from the head how
 * many positions the chunk holds appends to it by compare-and-set on its {@code _id} and that version ({@code $push}),
 * or creates it by an insert. A chunk that is not as the head says (a crash between chunk and head left it ahead; a
 * stale writer; a chunk written before versions) gets the old, slower way: {@code $addToSet}, which adds only what it
 * lacks and never shortens it, and its version is dropped, so the chunk goes that way until it is full.
 * {@code $addToSet} alone compared each new position with every one in the chunk, the embedded server's largest cost
 * in an audit rebuild (docs/benchmarks.md, "Session 12"). A crash between chunk and head leaves the head behind, and
 * the redelivery completes it (all chunks are written before any head; readers stop at the head's count). A head is
 * written by compare-and-set on its {@code _id} and version {@code v}, so a stale writer cannot shorten a list. The
 * versions were once in a unique index of their own, which compare-and-set filtered on alone: one more index look-up
 * and insert for every write of a list, dropped once {@code {_id, v}} was answered from the {@code _id} index
 * (docs/benchmarks.md, "Session 25"). In a processor batch, a list gets one write per chunk it reaches and one head
 * write per batch; in a rebuild, the same for all the windows its writer holds back ({@link Appends}). Positions
 * arrive in ascending order (one segment per processor), which keeps chunks sorted.
 */
final class AuditPostings {

    static final int CHUNK = 512;
    private static final String ID = "_id";
    private static final String VERSION = "v";
    private static final int ATTEMPTS = 5;
    private static final int CHUNKS_PER_READ = 64;

    private final MongoCollection<Document> collection;

    AuditPostings(MongoDatabase database, String name) {
        this.collection = database.getCollection(name);
        FormerIndexes.drop(collection, VERSION);
    }

    /**
     * Appends {@code position} to the lists {@code keys} that do not hold it yet. Inside a {@link ViewBatch} the
     * appends of the whole batch are written together when it is flushed; outside, at once.
     */
    void append(long position, Collection<String> keys) {
        Optional<ViewBatch> batch = ViewBatch.current();
        if (batch.isPresent()) {
            Appends appends = batch.get().participant(this, () -> new Appends(batch.get().holdings().orElse(null)));
            keys.forEach(key -> appends.add(key, position));
            return;
        }
        Map<String, long[]> single = new LinkedHashMap<>();
        keys.forEach(key -> single.put(key, new long[] {position}));
        write(single);
    }

    /**
     * One bulk write for many lists: per list, the positions newer than its head's last, in ascending order; one
     * write per chunk they fall into ({@link #writeChunks}) and one head per list. A head is replaced by compare-and-set
     * on its version as read, as for the views (ViewStore), so a stale writer cannot shorten a list.
     */
    private void write(Map<String, long[]> positionsByKey) {
        Map<String, long[]> remaining = positionsByKey;
        for (int attempt = 0; attempt < ATTEMPTS && !remaining.isEmpty(); attempt++) {
            remaining = writeOnce(remaining);
        }
        if (!remaining.isEmpty()) {
            throw new IllegalStateException("Audit lists kept changing under this writer; the batch will be retried");
        }
    }

    /** @return the lists to try again: their head changed between the read and the compare-and-set */
    private Map<String, long[]> writeOnce(Map<String, long[]> positionsByKey) {
        Map<String, Document> heads = heads(positionsByKey.keySet());
        List<ChunkWrite> chunks = new ArrayList<>();
        List<WriteModel<Document>> newHeads = new ArrayList<>();
        List<String> headKeys = new ArrayList<>();
        positionsByKey.forEach((key, positions) -> {
            Document head = heads.get(key);
            long count = head == null ? 0 : head.get("n", Number.class).longValue();
            long last = head == null ? 0 : head.get("last", Number.class).longValue();
            Map<Long, ChunkPositions> byChunk = new LinkedHashMap<>();
            for (long position : positions) {
                if (position > last) {
                    long ordinal = count;
                    byChunk.computeIfAbsent(ordinal / CHUNK, chunk -> new ChunkPositions((int) (ordinal % CHUNK)))
                           .positions().add(position);
                    count++;
                    last = position;
                }
            }
            if (byChunk.isEmpty()) {
                return;
            }
            byChunk.forEach((chunk, added) -> chunks.add(new ChunkWrite(chunkId(key, chunk), added)));
            Document next = new Document(ID, headId(key)).append("n", count).append("last", last)
                    .append(VERSION, headId(key) + "@" + last);
            // Compare-and-set on the head as read (its _id and version), or insert where there was none.
            String version = head == null ? null : head.getString(VERSION);
            newHeads.add(head == null ? new InsertOneModel<>(next) : new ReplaceOneModel<>(
                    version != null ? byVersion(headId(key), version) : Filters.eq(ID, headId(key)), next));
            headKeys.add(key);
        });
        if (chunks.isEmpty()) {
            return Map.of();
        }
        writeChunks(chunks);
        Set<String> retry = new HashSet<>();
        long replacements = newHeads.stream().filter(ReplaceOneModel.class::isInstance).count();
        int matched;
        try {
            matched = collection.bulkWrite(newHeads, new BulkWriteOptions().ordered(false)).getMatchedCount();
        } catch (MongoBulkWriteException e) {
            duplicateKeys(e).forEach(index -> retry.add(headKeys.get(index)));
            matched = e.getWriteResult().getMatchedCount();
        }
        if (matched < replacements) {
            for (int i = 0; i < newHeads.size(); i++) {
                if (newHeads.get(i) instanceof ReplaceOneModel<Document>) {
                    retry.add(headKeys.get(i));
                }
            }
        }
        Map<String, long[]> again = new LinkedHashMap<>();
        retry.forEach(key -> again.put(key, positionsByKey.get(key)));
        return again;
    }

    /** New positions of one chunk, the first of them at {@code offset}. */
    private record ChunkPositions(int offset, List<Long> positions) {
        ChunkPositions(int offset) {
            this(offset, new ArrayList<>());
        }
    }

    /** New positions for one chunk, and where: the chunk's version before and after them. */
    private record ChunkWrite(String id, ChunkPositions added) {

        String versionBefore() {
            return id + "#" + added.offset();
        }

        String versionAfter() {
            return id + "#" + (added.offset() + added.positions().size());
        }

        boolean creates() {
            return added.offset() == 0;
        }

        /** Creates the chunk, or appends to it if it holds exactly the positions before these. */
        WriteModel<Document> append() {
            return creates()
                    ? new InsertOneModel<>(new Document(ID, id).append("p", added.positions())
                                                                  .append(VERSION, versionAfter()))
                    : new UpdateOneModel<>(byVersion(id, versionBefore()), Updates.combine(
                            Updates.pushEach("p", added.positions()), Updates.set(VERSION, versionAfter())));
        }

        /** For a chunk that is not as expected: adds what it lacks, never shortens it, and drops its version. */
        WriteModel<Document> merge() {
            return new UpdateOneModel<>(Filters.eq(ID, id), Updates.combine(
                    Updates.addEachToSet("p", added.positions()), Updates.unset(VERSION)),
                    new UpdateOptions().upsert(true));
        }
    }

    /** Appends where each chunk is as its head says, then merges into the others ({@link ChunkWrite#merge}). */
    private void writeChunks(List<ChunkWrite> chunks) {
        List<ChunkWrite> unexpected = new ArrayList<>();
        List<ChunkWrite> appends = chunks.stream().filter(chunk -> !chunk.creates()).toList();
        int matched;
        try {
            matched = collection.bulkWrite(chunks.stream().map(ChunkWrite::append).toList(),
                                           new BulkWriteOptions().ordered(false)).getMatchedCount();
        } catch (MongoBulkWriteException e) {
            duplicateKeys(e).forEach(index -> unexpected.add(chunks.get(index)));
            matched = e.getWriteResult().getMatchedCount();
        }
        if (matched < appends.size()) {
            // Which appends missed the result does not say: those whose chunk does not have the version they leave.
            Set<String> appended = new HashSet<>();
            collection.find(Filters.in(ID, appends.stream().map(ChunkWrite::id).toList()))
                      .projection(Projections.include(VERSION))
                      .forEach(chunk -> appended.add(chunk.getString(VERSION)));
            appends.stream().filter(chunk -> !appended.contains(chunk.versionAfter())).forEach(unexpected::add);
        }
        if (!unexpected.isEmpty()) {
            collection.bulkWrite(unexpected.stream().map(ChunkWrite::merge).toList(), new BulkWriteOptions().ordered(false));
        }
    }

    /**
     * The writes of a bulk write refused for a duplicate key (by code, never by message); any other failure, a write
     * concern error included, is thrown on.
     */
    private static List<Integer> duplicateKeys(MongoBulkWriteException e) {
        if (e.getWriteConcernError() != null) {
            throw e;
        }
        List<Integer> indexes = new ArrayList<>();
        for (var error : e.getWriteErrors()) {
            if (ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            indexes.add(error.getIndex());
        }
        return indexes;
    }

    /**
     * The appends of one batch, by list, in the order they came. In a rebuild's window they are held back with those of
     * the windows before ({@link ViewHoldings}), in one {@code Appends} that is written when the rebuild's writer makes
     * its held writes: each list's chunks are then written once or twice, not once for each window that reaches them.
     */
    private final class Appends implements ViewBatch.Participant, ViewHoldings.Held {
        private final Map<String, HeldPositions> byKey = new LinkedHashMap<>();
        /** Where a rebuild holds the appends back; null in a processor's batch. */
        private final ViewHoldings holdings;
        private int size;

        Appends(ViewHoldings holdings) {
            this.holdings = holdings;
        }

        void add(String key, long position) {
            byKey.computeIfAbsent(key, k -> new HeldPositions()).add(position);
            size++;
        }

        @Override
        public void flush() {
            write();
        }

        @Override
        public void write() {
            Map<String, long[]> positions = new LinkedHashMap<>();
            byKey.forEach((key, held) -> positions.put(key, held.toArray()));
            AuditPostings.this.write(positions);
        }

        @Override
        public int size() {
            return size;
        }

        /** After the entries: a list never points at a missing entry. */
        @Override
        public int rank() {
            return 1;
        }

        @Override
        public ViewBatch.Deferred defer() {
            if (holdings == null) {
                return ViewBatch.Participant.super.defer();
            }
            return new ViewBatch.Deferred(() -> holdings.of(AuditPostings.this, () -> new Appends(null)).addAll(this),
                                          () -> { });
        }

        private void addAll(Appends later) {
            later.byKey.forEach((key, positions) -> byKey.computeIfAbsent(key, k -> new HeldPositions()).addAll(positions));
            size += later.size;
        }
    }

    /**
     * The positions held for one list, unboxed: a rebuild holds a few hundred thousand of them for up to two seconds
     * ({@code ViewFold}), which as {@code Long}s in lists were some 13 MB of the ~180 MB each young collection found
     * alive mid-rebuild, copied and then promoted (docs/benchmarks.md, "Session 45"). The JDK has no growable list of
     * primitives.
     */
    private static final class HeldPositions {
        private long[] positions = new long[8];
        private int size;

        void add(long position) {
            if (size == positions.length) {
                positions = Arrays.copyOf(positions, size * 2);
            }
            positions[size++] = position;
        }

        void addAll(HeldPositions later) {
            if (size + later.size > positions.length) {
                positions = Arrays.copyOf(positions, Math.max(size * 2, size + later.size));
            }
            System.arraycopy(later.positions, 0, positions, size, later.size);
            size += later.size;
        }

        long[] toArray() {
            return Arrays.copyOf(positions, size);
        }
    }

    /** How many positions each list holds (absent keys: none). */
    Map<String, Long> counts(Collection<String> keys) {
        Map<String, Long> counts = new HashMap<>();
        heads(keys).forEach((key, head) -> counts.put(key, head.get("n", Number.class).longValue()));
        return counts;
    }

    /** The newest position of the list, or 0 if it is empty. */
    long last(String key) {
        Document head = heads(List.of(key)).get(key);
        return head == null ? 0 : head.get("last", Number.class).longValue();
    }

    /** The positions at ordinals {@code from} (inclusive) to {@code to} (exclusive) of one list, ascending. */
    List<Long> slice(String key, long from, long to) {
        if (from >= to) {
            return List.of();
        }
        List<String> ids = new ArrayList<>();
        for (long chunk = from / CHUNK; chunk <= (to - 1) / CHUNK; chunk++) {
            ids.add(chunkId(key, chunk));
        }
        Map<String, List<Long>> chunks = chunks(ids);
        List<Long> positions = new ArrayList<>();
        for (long ordinal = from; ordinal < to; ordinal++) {
            List<Long> chunk = chunks.getOrDefault(chunkId(key, ordinal / CHUNK), List.of());
            int offset = (int) (ordinal % CHUNK);
            if (offset < chunk.size()) {
                positions.add(chunk.get(offset));
            }
        }
        return positions;
    }

    /** Every position of one list, ascending. */
    List<Long> all(String key, long count) {
        List<Long> positions = new ArrayList<>();
        for (long from = 0; from < count; from += (long) CHUNK * CHUNKS_PER_READ) {
            positions.addAll(slice(key, from, Math.min(count, from + (long) CHUNK * CHUNKS_PER_READ)));
        }
        return positions;
    }

    void clear() {
        collection.drop();
    }

    /** The index documents' JSON in id order: a rebuilt index must list exactly the same positions. */
    RebuildableView.CollectionChecksum collectionChecksum() {
        Checksums.Sum sum = new Checksums.Sum();
        collection.find().batchSize(Checksums.SCAN_BATCH).forEach(document -> {
            String id = document.getString(ID);
            if (id.startsWith("c|")) {
                // How a chunk was last written (appended, or merged after a crash), not what it lists.
                document.remove(VERSION);
            }
            sum.add(id, document.toJson());
        });
        return new RebuildableView.CollectionChecksum(collection.getNamespace().getCollectionName(), sum.count(),
                                                      sum.hex());
    }

    private Map<String, Document> heads(Collection<String> keys) {
        Map<String, String> byHeadId = new HashMap<>();
        keys.forEach(key -> byHeadId.put(headId(key), key));
        Map<String, Document> heads = new HashMap<>();
        collection.find(Filters.in(ID, byHeadId.keySet()))
                  .forEach(head -> heads.put(byHeadId.get(head.getString(ID)), head));
        return heads;
    }

    private Map<String, List<Long>> chunks(List<String> ids) {
        Map<String, List<Long>> chunks = new HashMap<>();
        collection.find(Filters.in(ID, ids)).forEach(chunk -> chunks.put(
                chunk.getString(ID),
                chunk.getList("p", Number.class).stream().map(Number::longValue).sorted().toList()));
        return chunks;
    }

    /**
     * The document {@code id} if it is at {@code version}: one document of both fields, which MongoDB and the embedded
     * store answer from the {@code _id} index (the driver would write {@code Filters.and} as an {@code $and}, which the
     * embedded store matches against every document).
     */
    private static Document byVersion(String id, String version) {
        return new Document(ID, id).append(VERSION, version);
    }

    // '|' after a number cannot occur inside the number, so no key's chunk id equals another key's head or chunk.
    private static String headId(String key) {
        return "h|" + key;
    }

    private static String chunkId(String key, long chunk) {
        return "c|" + chunk + "|" + key;
    }
}
