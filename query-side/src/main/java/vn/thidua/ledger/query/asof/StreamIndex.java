package vn.thidua.ledger.query.asof;

import com.mongodb.client.MongoCollection;
import vn.thidua.ledger.query.view.ViewDatabase;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.Checksums;
import vn.thidua.ledger.query.view.RebuildableView;
import vn.thidua.ledger.query.view.ViewBatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where each aggregate's events sit in the global stream: per aggregate, its sequence numbers with their
 * global index and timestamp. An as-of query needs this to cut an aggregate's stream at a global position,
 * which the aggregate's own events do not carry.
 * <p>
 * Entries are kept in chunks of {@value #DEFAULT_CHUNK} sequence numbers ({@code _id} = aggregate id + "#e" + chunk),
 * so an update rewrites a small document. When a chunk is full, its <em>bound</em> (last sequence, highest global
 * index, latest timestamp) goes into a directory block ({@code _id} = aggregate id + "#d" + block, one field per
 * chunk, {@value #CHUNKS_PER_BLOCK} chunks per block): a cut is found by reading the directory and the one chunk the
 * cut falls in, so its cost does not grow with the aggregate's history. Every read is an {@code $in} over ids.
 * <p>
 * One rebuildable view together with the {@link FoldCheckpoints}: both are kept by the {@value #NAME} processor.
 * (Chunks of 256 keyed {@code aggregate id + '#' + chunk}, as written before the directory existed, are not read:
 * rebuild the view after such an upgrade.)
 */
@Component
public class StreamIndex implements RebuildableView {

    public static final String NAME = "streamIndex";
    static final int DEFAULT_CHUNK = 64;
    static final int CHUNKS_PER_BLOCK = 256;
    private static final int BLOCKS_PER_READ = 16;

    /** One event of an aggregate: its sequence number, global index and timestamp. */
    public record Entry(long sequence, long globalIndex, Instant timestamp) {
    }

    private final MongoCollection<Document> collection;
    private final FoldCheckpoints checkpoints;
    private final int chunk;

    @Autowired
    public StreamIndex(@ViewDatabase MongoDatabase database, FoldCheckpoints checkpoints) {
        this(database, checkpoints, DEFAULT_CHUNK);
    }

    StreamIndex(MongoDatabase database, FoldCheckpoints checkpoints, int chunk) {
        this.collection = database.getCollection(NAME);
        this.checkpoints = checkpoints;
        this.chunk = chunk;
    }

    /**
     * Records an event. In a processor batch ({@link ViewBatch}) the entries are kept until the batch ends and then
     * written with one {@code $addToSet} per touched chunk, one bulk write in all; alone, at once. Either way a
     * repeated delivery, or two nodes recording the same event, leave one entry (readers take each sequence once all
     * the same). The write that fills a chunk also writes the chunk's bound. A rebuild's window appends with
     * {@code $push} instead (see {@link PendingEntries}).
     */
    void record(String aggregateId, long sequence, long globalIndex, Instant timestamp) {
        Optional<ViewBatch> batch = ViewBatch.current();
        PendingEntries pending = batch.map(current -> current.participant(
                                              this, () -> new PendingEntries(current.inRebuild())))
                                      .orElseGet(() -> new PendingEntries(false));
        pending.add(aggregateId, new Entry(sequence, globalIndex, timestamp));
        if (batch.isEmpty()) {
            pending.flush();
        }
    }

    /**
     * The entries of a batch not written yet, by chunk and sequence (a repeated event once); and the chunks they fill,
     * whose bounds follow.
     * <p>
     * A rebuild's window appends its entries with {@code $push}, not {@code $addToSet}: the embedded server checks each
     * entry added to a set against every entry of the chunk, and those comparisons were an eighth of a stream index
     * rebuild's samples (docs/benchmarks.md, "Session 33"). No check is needed there: the rebuild starts from a dropped
     * collection and hands each event to one window only, written once, so no chunk holds an entry of the window
     * already. A filled chunk whose every entry is in the batch (nearly every one in a rebuild) has its bound taken
     * from memory; else the chunk is read back once written, for the entries earlier batches wrote.
     */
    private final class PendingEntries implements ViewBatch.Participant {

        private final boolean appendOnly;
        private final Map<String, Map<Long, Entry>> byChunk = new LinkedHashMap<>();
        private final Map<String, Map.Entry<String, Long>> filled = new LinkedHashMap<>();

        PendingEntries(boolean appendOnly) {
            this.appendOnly = appendOnly;
        }

        void add(String aggregateId, Entry entry) {
            long chunkNo = entry.sequence() / chunk;
            String chunkId = chunkId(aggregateId, chunkNo);
            byChunk.computeIfAbsent(chunkId, id -> new LinkedHashMap<>()).putIfAbsent(entry.sequence(), entry);
            if (entry.sequence() == (chunkNo + 1) * chunk - 1) {
                filled.put(chunkId, Map.entry(aggregateId, chunkNo));
            }
        }

        @Override
        public void flush() {
            if (byChunk.isEmpty()) {
                return;
            }
            List<UpdateOneModel<Document>> writes = new ArrayList<>();
            byChunk.forEach((chunkId, entries) -> {
                List<Document> documents = entries.values().stream().map(StreamIndex::document).toList();
                writes.add(new UpdateOneModel<>(Filters.eq("_id", chunkId),
                                                appendOnly ? Updates.pushEach("e", documents)
                                                           : Updates.addEachToSet("e", documents),
                                                new UpdateOptions().upsert(true)));
            });
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(false));
            if (!filled.isEmpty()) {
                Map<String, Iterable<Entry>> full = new HashMap<>();
                List<String> toRead = new ArrayList<>();
                filled.keySet().forEach(chunkId -> {
                    Map<Long, Entry> held = byChunk.get(chunkId);
                    if (held.size() == chunk) {
                        full.put(chunkId, held.values());
                    } else {
                        toRead.add(chunkId);
                    }
                });
                if (!toRead.isEmpty()) {
                    collection.find(Filters.in("_id", toRead))
                              .forEach(document -> full.put(document.getString("_id"),
                                                            entries(List.of(document)).values()));
                }
                // One ordered write for all the bounds (several may fall in one directory block): one round trip,
                // where one per filled chunk was 3k of a rebuild's at 100k events (docs/benchmarks.md, "Session 16").
                List<UpdateOneModel<Document>> bounds = new ArrayList<>();
                filled.forEach((chunkId, chunkOf) -> bounds.add(bound(chunkOf.getKey(), chunkOf.getValue(),
                                                                      full.get(chunkId))));
                collection.bulkWrite(bounds, new BulkWriteOptions().ordered(true));
            }
            byChunk.clear();
            filled.clear();
        }

        /** Before the views' documents, and before the fold checkpoints that read these entries. */
        @Override
        public int rank() {
            return 0;
        }
    }

    private static Document document(Entry entry) {
        return new Document("s", entry.sequence()).append("g", entry.globalIndex())
                                                  .append("t", entry.timestamp().toString());
    }

    /** A full chunk's bound in its directory block; rewritten identically on a repeated delivery. */
    private static UpdateOneModel<Document> bound(String aggregateId, long chunkNo, Iterable<Entry> entries) {
        long last = -1;
        long highest = -1;
        Instant latest = Instant.MIN;
        for (Entry entry : entries) {
            last = Math.max(last, entry.sequence());
            highest = Math.max(highest, entry.globalIndex());
            latest = entry.timestamp().isAfter(latest) ? entry.timestamp() : latest;
        }
        Document bound = new Document("s", last).append("g", highest).append("t", latest.toString());
        return new UpdateOneModel<>(Filters.eq("_id", blockId(aggregateId, chunkNo / CHUNKS_PER_BLOCK)),
                                    Updates.set("c" + chunkNo, bound), new UpdateOptions().upsert(true));
    }

    /**
     * The last sequence number of the aggregate that {@code asOf} includes, or -1 if it includes none. The stream is
     * cut at its first event that {@code asOf} leaves out: a prefix, so the answer is a state the aggregate really
     * had. For a position this is exactly the events at or below it (an aggregate's global indexes grow with its
     * sequence); for an instant, an event stamped before the instant but after an event stamped after it (a clock
     * that went back) does not count.
     */
    public long cut(String aggregateId, AsOf asOf) {
        Map<Long, Entry> bounds = bounds(aggregateId);
        long last = -1;
        for (long chunkNo = 0; ; chunkNo++) {
            Entry bound = bounds.get(chunkNo);
            if (bound != null && asOf.includes(bound)) {
                last = bound.sequence();
                continue;
            }
            List<Document> cutChunk = collection.find(Filters.eq("_id", chunkId(aggregateId, chunkNo)))
                                                .into(new ArrayList<>());
            for (Entry entry : entries(cutChunk).values()) {
                if (!asOf.includes(entry)) {
                    return last;
                }
                last = entry.sequence();
            }
            // A full chunk without its bound (lost in a crash before the bound was written) is passed chunk by chunk.
            if (last != (chunkNo + 1) * chunk - 1) {
                return last;
            }
        }
    }

    /**
     * The global index of each event {@code first..last} of the aggregate that the index holds, by sequence number:
     * what an as-of read and a fold checkpoint need of the index, without the entries' timestamps, each of which
     * would cost a parse of its text (a fifth of the stream index rebuild's writer thread, docs/benchmarks.md).
     */
    public SortedMap<Long, Long> globalIndexes(String aggregateId, long first, long last) {
        List<String> ids = new ArrayList<>();
        for (long chunkNo = first / chunk; chunkNo <= last / chunk; chunkNo++) {
            ids.add(chunkId(aggregateId, chunkNo));
        }
        SortedMap<Long, Long> indexes = new TreeMap<>();
        collection.find(Filters.in("_id", ids)).forEach(found -> found.getList("e", Document.class).forEach(e -> {
            long sequence = e.getLong("s");
            if (sequence >= first && sequence <= last) {
                indexes.putIfAbsent(sequence, e.getLong("g"));
            }
        }));
        return indexes;
    }

    /** The bounds of the aggregate's full chunks, by chunk number. */
    private Map<Long, Entry> bounds(String aggregateId) {
        Map<Long, Entry> bounds = new HashMap<>();
        for (long first = 0; ; first += BLOCKS_PER_READ) {
            List<String> ids = new ArrayList<>();
            for (long block = first; block < first + BLOCKS_PER_READ; block++) {
                ids.add(blockId(aggregateId, block));
            }
            int found = 0;
            for (Document block : collection.find(Filters.in("_id", ids))) {
                found++;
                block.forEach((field, value) -> {
                    if (field.startsWith("c") && value instanceof Document bound) {
                        bounds.put(Long.parseLong(field.substring(1)), entry(bound));
                    }
                });
            }
            if (found < BLOCKS_PER_READ) {
                return bounds;
            }
        }
    }

    /** Each sequence once, whatever duplicates at-least-once delivery left in the chunks. */
    private static SortedMap<Long, Entry> entries(List<Document> chunks) {
        SortedMap<Long, Entry> entries = new TreeMap<>();
        for (Document chunk : chunks) {
            chunk.getList("e", Document.class).forEach(e -> entries.putIfAbsent(e.getLong("s"), entry(e)));
        }
        return entries;
    }

    private static Entry entry(Document document) {
        return new Entry(document.getLong("s"), document.getLong("g"), Instant.parse(document.getString("t")));
    }

    private static String chunkId(String aggregateId, long chunkNo) {
        return aggregateId + "#e" + chunkNo;
    }

    private static String blockId(String aggregateId, long block) {
        return aggregateId + "#d" + block;
    }

    void clear() {
        collection.drop();
        checkpoints.clear();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(NAME, FoldCheckpoints.NAME);
    }

    @Override
    public String checksum() {
        return Checksums.combine(collectionChecksums().stream().map(CollectionChecksum::checksum).toList());
    }

    @Override
    public List<CollectionChecksum> collectionChecksums() {
        Checksums.Sum sum = new Checksums.Sum();
        collection.find().batchSize(Checksums.SCAN_BATCH)
                  .forEach(document -> sum.add(document.getString("_id"), document.toJson()));
        return List.of(new CollectionChecksum(NAME, sum.count(), sum.hex()),
                       new CollectionChecksum(FoldCheckpoints.NAME, checkpoints.count(), checkpoints.checksum()));
    }
}
