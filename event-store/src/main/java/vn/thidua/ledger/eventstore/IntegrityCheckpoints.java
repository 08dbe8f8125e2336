package vn.thidua.ledger.eventstore;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The collection {@code integrityCheckpoints}: checkpoint {@code n} has {@code _id} n, so a seal is one
 * insert that a concurrent sealer of the same number loses on the unique {@code _id}, and reading them in
 * order is {@code $in} windows of numbers, as every read of the store.
 */
final class IntegrityCheckpoints {

    static final String COLLECTION = "integrityCheckpoints";
    private static final int WINDOW = 100;
    /** The {@code _id} of the hint document that names the latest checkpoint's number. */
    static final String HEAD = "head";

    private final MongoCollection<Document> checkpoints;

    IntegrityCheckpoints(MongoDatabase database) {
        this.checkpoints = database.withWriteConcern(EventStoreCollections.WRITE_CONCERN).getCollection(COLLECTION);
    }

    /** All checkpoints in order, up to the first missing number (a gap is reported by the verifier). */
    List<IntegrityCheckpoint> all() {
        List<IntegrityCheckpoint> all = new ArrayList<>();
        for (long from = 1; ; from += WINDOW) {
            List<Long> ids = new ArrayList<>(WINDOW);
            for (long n = from; n < from + WINDOW; n++) {
                ids.add(n);
            }
            List<IntegrityCheckpoint> found = new ArrayList<>();
            checkpoints.find(Filters.in("_id", ids)).forEach(d -> found.add(IntegrityCheckpoint.of(d)));
            found.sort(Comparator.comparingLong(IntegrityCheckpoint::number));
            for (IntegrityCheckpoint checkpoint : found) {
                if (checkpoint.number() != all.size() + 1) {
                    return all;
                }
                all.add(checkpoint);
            }
            if (found.size() < WINDOW) {
                return all;
            }
        }
    }

    /**
     * The highest checkpoint number recorded anywhere: among the checkpoints and in the {@value #HEAD} hint. Above the
     * count {@link #all} finds in order, checkpoints were deleted. A scan of the collection, which holds one small
     * document per sealed range.
     */
    long highestNumber() {
        long highest = 0;
        for (Document document : checkpoints.find().projection(new Document("_id", 1).append("number", 1))) {
            Object number = HEAD.equals(document.get("_id")) ? document.get("number") : document.get("_id");
            if (number instanceof Number n) {
                highest = Math.max(highest, n.longValue());
            }
        }
        return highest;
    }

    /**
     * The latest checkpoint: from the number in the {@value #HEAD} hint forward (a hint only, which may lag or be
     * missing: the numbers after it are probed), so that publishing the head does not read every checkpoint.
     */
    Optional<IntegrityCheckpoint> latest() {
        Document hint = checkpoints.find(Filters.eq("_id", HEAD)).first();
        long number = hint == null ? 0 : hint.get("number", Number.class).longValue();
        Optional<IntegrityCheckpoint> latest = number == 0 ? Optional.empty() : get(number);
        if (latest.isEmpty() && number > 0) {
            number = 0; // a hint past the checkpoints: start over
        }
        for (Optional<IntegrityCheckpoint> next = get(number + 1); next.isPresent(); next = get(++number + 1)) {
            latest = next;
        }
        return latest;
    }

    Optional<IntegrityCheckpoint> get(long number) {
        return Optional.ofNullable(checkpoints.find(Filters.eq("_id", number)).first()).map(IntegrityCheckpoint::of);
    }

    /** Stores a new checkpoint; false if another sealer stored that number first. */
    boolean insert(IntegrityCheckpoint checkpoint) {
        try {
            checkpoints.insertOne(checkpoint.toDocument());
            checkpoints.replaceOne(Filters.eq("_id", HEAD), new Document("_id", HEAD).append("number", checkpoint.number()),
                                   new ReplaceOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (ErrorCategory.fromErrorCode(e.getCode()) == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }
}
