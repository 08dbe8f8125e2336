package vn.thidua.ledger.query.asof;

import com.mongodb.client.MongoCollection;
import vn.thidua.ledger.query.view.ViewDatabase;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.query.view.Checksums;
import vn.thidua.ledger.query.view.ViewJson;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Checkpoints of as-of folds, so that an as-of read folds at most about two intervals of events instead of the
 * aggregate's whole history. Bucket {@code k} of an aggregate closes with its event of sequence
 * {@code (k + 1) * interval - 1}; its checkpoint, {@code _id = aggregateId|view|k}, holds the view folded from
 * sequence 0 up to (not including) {@code resume}, the first sequence of a commit at or before that event (the
 * event store reads an aggregate only from the start of a commit). Finding the checkpoint for a cut is therefore
 * one {@code $in} over a few computed ids, never a range query.
 * <p>
 * A bucket whose events did not change the view (a campaign's pledges, for its ranking) does not repeat the state:
 * its document names the bucket whose document holds it ({@code in}), one more {@code _id} read for the reader.
 * The state is stored as gzipped JSON ({@code gz}): a view such as a ranking repeats its unit and criterion names, so
 * this divides the checkpoints' size by about ten, and with it what the embedded server writes and reads.
 * <p>
 * Checkpoints are derived data, written by the stream index's processor ({@link Checkpointer}) and rebuilt with it.
 */
@Component
public class FoldCheckpoints {

    public static final String NAME = "asOfCheckpoints";
    static final int DEFAULT_INTERVAL = 64;
    /** A reader looks back this many buckets: the newest one may not be written yet while its events are indexed. */
    private static final int LOOK_BACK = 4;
    /** Checkpoints are large documents: a full scan (checksum) asks for few at a time. */
    private static final int BATCH = 50;

    /** A fold's state before sequence {@code resume}, with the position of the last event that changed it. */
    public record Checkpoint<V>(V state, long position, long resume) {

        static <V> Checkpoint<V> start() {
            return new Checkpoint<>(null, -1, 0);
        }
    }

    /** A checkpoint as stored: {@code home} is the bucket whose document holds its state. */
    record Stored<V>(Checkpoint<V> checkpoint, long home) {
    }

    private final MongoCollection<Document> collection;
    private final JsonMapper json = ViewJson.mapper();
    private final int interval;

    @Autowired
    public FoldCheckpoints(@ViewDatabase MongoDatabase database) {
        this(database, DEFAULT_INTERVAL);
    }

    FoldCheckpoints(MongoDatabase database, int interval) {
        this.collection = database.getCollection(NAME);
        this.interval = interval;
    }

    /** Events of an aggregate per bucket. */
    int interval() {
        return interval;
    }

    /** The bucket that the event of this sequence closes, or -1. */
    long bucketClosedBy(long sequence) {
        return (sequence + 1) % interval == 0 ? (sequence + 1) / interval - 1 : -1;
    }

    /** The newest checkpoint of the view that lies within the first {@code last + 1} events of the aggregate. */
    <V> Optional<Checkpoint<V>> latest(String aggregateId, FoldedView<V, ?> view, long last) {
        long newest = (last + 1) / interval - 1;
        List<String> ids = new ArrayList<>();
        for (long bucket = newest; bucket >= 0 && bucket > newest - LOOK_BACK; bucket--) {
            ids.add(id(aggregateId, view.name(), bucket));
        }
        Map<String, Document> found = new HashMap<>();
        collection.find(Filters.in("_id", ids)).forEach(document -> found.put(document.getString("_id"), document));
        // Each checkpoint says where it resumes: one that would resume past the cut is never used.
        return ids.stream().filter(found::containsKey)
                  .filter(id -> found.get(id).get("resume", Number.class).longValue() <= last + 1)
                  .findFirst()
                  .map(id -> stored(aggregateId, found.get(id), view).checkpoint());
    }

    /** The checkpoints of bucket {@code bucket} for each of the views that has one. */
    Map<FoldedView<?, ?>, Stored<?>> at(String aggregateId, long bucket, List<FoldedView<?, ?>> views) {
        Map<String, FoldedView<?, ?>> byId = new HashMap<>();
        views.forEach(view -> byId.put(id(aggregateId, view.name(), bucket), view));
        Map<FoldedView<?, ?>, Stored<?>> found = new HashMap<>();
        collection.find(Filters.in("_id", byId.keySet())).forEach(document -> {
            FoldedView<?, ?> view = byId.get(document.getString("_id"));
            found.put(view, stored(aggregateId, document, view));
        });
        return found;
    }

    /**
     * Saves the checkpoint of {@code bucket}; if the view did not change since {@code previous} (the checkpoint of
     * the bucket before, or null), as a reference to where that state is stored. Idempotent: a checkpoint is a
     * function of the aggregate's events, so rewriting it writes the same bytes.
     *
     * The write is added to {@code writes}, which {@link #write} makes: the checkpoints of a batch go in one round
     * trip (one each was 3k of a rebuild's round trips at 100k events, docs/benchmarks.md, "Session 16").
     *
     * @return the checkpoint as {@link #at} will read it back once written
     */
    <V> Stored<V> save(String aggregateId, FoldedView<V, ?> view, long bucket, Checkpoint<V> checkpoint,
                       Stored<?> previous, List<WriteModel<Document>> writes) {
        String id = id(aggregateId, view.name(), bucket);
        Document document = new Document("_id", id).append("resume", checkpoint.resume())
                                                   .append("position", checkpoint.position());
        long home = bucket;
        if (previous != null && previous.checkpoint().position() == checkpoint.position()) {
            home = previous.home();
            document.append("in", home);
        } else {
            document.append("gz", new Binary(gzip(json.writeValueAsString(checkpoint.state()))));
        }
        writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true)));
        return new Stored<>(checkpoint, home);
    }

    /** Writes the checkpoints {@link #save} prepared, in their order. */
    void write(List<WriteModel<Document>> writes) {
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, new BulkWriteOptions().ordered(true));
        }
    }

    void clear() {
        collection.drop();
    }

    /**
     * Over the checkpoints' JSON, not its gzip bytes, which a JVM with another zlib may write differently. A document
     * that holds no gzipped state (damaged, or put there by hand) counts as its raw text: the checksum then differs,
     * which is what it is for, instead of failing.
     */
    String checksum() {
        Checksums.Sum sum = new Checksums.Sum();
        collection.find().batchSize(BATCH).forEach(document -> sum.add(document.getString("_id"),
                document.get("resume") + " " + document.get("position") + " "
                + (document.containsKey("in") ? "in " + document.get("in")
                   : document.get("gz") instanceof Binary ? gunzip(document) : "raw " + document.toJson())));
        return sum.hex();
    }

    long count() {
        return collection.countDocuments();
    }

    private <V> Stored<V> stored(String aggregateId, Document document, FoldedView<V, ?> view) {
        String id = document.getString("_id");
        long home = Long.parseLong(id.substring(id.lastIndexOf('|') + 1));
        Document holder = document;
        if (document.containsKey("in")) {
            home = document.get("in", Number.class).longValue();
            holder = collection.find(Filters.eq("_id", id(aggregateId, view.name(), home))).first();
            if (holder == null) {
                throw new IllegalStateException("Checkpoint " + id + " refers to a missing checkpoint " + home);
            }
        }
        Checkpoint<V> checkpoint = new Checkpoint<>(json.readValue(gunzip(holder), view.viewType()),
                                                    document.get("position", Number.class).longValue(),
                                                    document.get("resume", Number.class).longValue());
        return new Stored<>(checkpoint, home);
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("gzip in memory", e);
        }
        return bytes.toByteArray();
    }

    private static String gunzip(Document document) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(document.get("gz", Binary.class).getData()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Checkpoint " + document.getString("_id") + " is not gzipped JSON", e);
        }
    }

    private static String id(String aggregateId, String view, long bucket) {
        return aggregateId + "|" + view + "|" + bucket;
    }
}
