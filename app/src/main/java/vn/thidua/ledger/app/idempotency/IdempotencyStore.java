package vn.thidua.ledger.app.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Idempotency keys in the {@code idempotencyKeys} collection, one document per
 * {@code principal:key}. A key is claimed by inserting its document: the unique {@code _id} makes
 * exactly one of two concurrent requests the owner (an insert is race-safe on mongo-java-server,
 * unlike findOneAndUpdate). Every read is an {@code _id} lookup.
 */
public class IdempotencyStore {

    public static final String COLLECTION = "idempotencyKeys";

    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String DONE = "DONE";

    /** Outcome of trying to claim a key. */
    public sealed interface Claim {
        /** This request owns the key and must run, then {@link #complete} or {@link #release}. */
        record Claimed() implements Claim { }
        /** The key was used before with the same request: replay this response. */
        record Completed(StoredResponse response) implements Claim { }
        /** The same request is still running elsewhere. */
        record InProgress() implements Claim { }
        /** The key was used before with a different request. */
        record Mismatch() implements Claim { }
    }

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration claimTimeout;

    public IdempotencyStore(MongoDatabase database, Clock clock, Duration claimTimeout) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
        this.claimTimeout = claimTimeout;
    }

    public Claim claim(String id, String requestHash) {
        // Bounded: the only way round again is a key released between our insert and our read.
        for (int attempt = 0; attempt < 3; attempt++) {
            Date now = Date.from(clock.instant());
            try {
                keys.insertOne(new Document("_id", id).append("requestHash", requestHash)
                        .append("state", IN_PROGRESS).append("claimedAt", now));
                return new Claim.Claimed();
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = keys.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                continue;
            }
            if (!requestHash.equals(existing.getString("requestHash"))) {
                return new Claim.Mismatch();
            }
            if (DONE.equals(existing.getString("state"))) {
                return new Claim.Completed(response(existing));
            }
            Date claimedAt = existing.getDate("claimedAt");
            if (claimedAt.toInstant().plus(claimTimeout).isBefore(now.toInstant())
                    && takeOver(id, claimedAt, now)) {
                return new Claim.Claimed();
            }
            return new Claim.InProgress();
        }
        return new Claim.InProgress();
    }

    /** Compare-and-set on claimedAt: of several retries finding a stale claim, one takes it. */
    private boolean takeOver(String id, Date staleClaim, Date now) {
        return keys.updateOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", IN_PROGRESS),
                        Filters.eq("claimedAt", staleClaim)), Updates.set("claimedAt", now))
                .getModifiedCount() == 1;
    }

    public void complete(String id, StoredResponse response) {
        keys.updateOne(Filters.eq("_id", id), Updates.combine(
                Updates.set("state", DONE),
                Updates.set("status", response.status()),
                Updates.set("contentType", response.contentType()),
                Updates.set("location", response.location()),
                Updates.set("body", new Binary(response.body())),
                Updates.set("completedAt", Date.from(clock.instant()))));
    }

    /** Forget a claim whose outcome should not be replayed, so a retry runs the request again. */
    public void release(String id) {
        keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", IN_PROGRESS)));
    }

    private static StoredResponse response(Document doc) {
        Binary body = doc.get("body", Binary.class);
        return new StoredResponse(doc.getInteger("status"), doc.getString("contentType"), doc.getString("location"),
                body == null ? new byte[0] : body.getData());
    }
}
