package vn.thidua.ledger.query.asof;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.Checksums;
import vn.thidua.ledger.query.view.RebuildableView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where each aggregate's events sit in the global stream: per aggregate, its sequence numbers with their
 * global index and timestamp. An as-of query needs this to cut an aggregate's stream at a global position,
 * which the aggregate's own events do not carry.
 * <p>
 * Entries are kept in chunks of {@value #CHUNK} sequence numbers ({@code _id} = aggregate id + '#' + chunk),
 * so an update rewrites a small document and a read is one {@code $in} over chunk ids.
 */
@Component
public class StreamIndex implements RebuildableView {

    public static final String NAME = "streamIndex";
    static final int CHUNK = 256;
    private static final int CHUNKS_PER_READ = 16;

    /** One event of an aggregate: its sequence number, global index and timestamp. */
    public record Entry(long sequence, long globalIndex, Instant timestamp) {
    }

    private final MongoCollection<Document> collection;

    public StreamIndex(MongoDatabase database) {
        this.collection = database.getCollection(NAME);
    }

    /** Records an event; idempotent, as deliveries may repeat. */
    void record(String aggregateId, long sequence, long globalIndex, Instant timestamp) {
        String chunkId = aggregateId + "#" + (sequence / CHUNK);
        Document entry = new Document("s", sequence).append("g", globalIndex).append("t", timestamp.toString());
        Document chunk = collection.find(Filters.eq("_id", chunkId)).first();
        if (chunk == null) {
            collection.replaceOne(Filters.eq("_id", chunkId), new Document("_id", chunkId).append("e", List.of(entry)),
                                  new ReplaceOptions().upsert(true));
        } else if (chunk.getList("e", Document.class).stream().noneMatch(e -> e.getLong("s") == sequence)) {
            collection.updateOne(Filters.eq("_id", chunkId), Updates.push("e", entry));
        }
    }

    /**
     * Every indexed event of the aggregate, by sequence number, each once: delivery is at-least-once and two
     * nodes may both have recorded an event, so a chunk may hold an entry twice (the same entry: one event).
     */
    public List<Entry> entries(String aggregateId) {
        SortedMap<Long, Entry> entries = new TreeMap<>();
        for (int first = 0; ; first += CHUNKS_PER_READ) {
            List<String> ids = new ArrayList<>();
            for (int chunk = first; chunk < first + CHUNKS_PER_READ; chunk++) {
                ids.add(aggregateId + "#" + chunk);
            }
            int found = 0;
            for (Document chunk : collection.find(Filters.in("_id", ids))) {
                found++;
                chunk.getList("e", Document.class).forEach(e -> entries.putIfAbsent(e.getLong("s"),
                        new Entry(e.getLong("s"), e.getLong("g"), Instant.parse(e.getString("t")))));
            }
            if (found < CHUNKS_PER_READ) {
                return List.copyOf(entries.values());
            }
        }
    }

    void clear() {
        collection.drop();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> collections() {
        return List.of(NAME);
    }

    @Override
    public String checksum() {
        SortedMap<String, String> chunks = new TreeMap<>();
        collection.find().forEach(chunk -> chunks.put(chunk.getString("_id"), chunk.toJson()));
        return Checksums.of(chunks);
    }

    @Override
    public List<CollectionChecksum> collectionChecksums() {
        return List.of(new CollectionChecksum(NAME, collection.countDocuments(), checksum()));
    }
}
