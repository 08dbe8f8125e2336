package vn.thidua.ledger.app.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * Idempotency keys in the {@code idempotencyKeys} collection, one document per
 * {@code principal:key}. A key is claimed by inserting its document: the unique {@code _id} makes
 * exactly one of two concurrent requests the owner (an insert is race-safe on mongo-java-server,
 * unlike findOneAndUpdate). Every read is an {@code _id} lookup.
 * <p>
 * A key is remembered for the retention period after its last change ({@code expiresAt}): a TTL
 * index removes it on a real MongoDB; the embedded server keeps no TTL indexes, so an expired
 * record also counts as absent when claimed (deleted, then claimed afresh), and expired records
 * are swept at most once a minute by a claim.
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

    private static final String EXPIRES_AT = "expiresAt";
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final MongoCollection<Document> keys;
    private final Clock clock;
    private final Duration claimTimeout;
    private final Duration retention;
    private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.MIN);

    public IdempotencyStore(MongoDatabase database, Clock clock, Duration claimTimeout, Duration retention) {
        this.keys = database.getCollection(COLLECTION);
        this.clock = clock;
        this.claimTimeout = claimTimeout;
        this.retention = retention;
        keys.createIndex(Indexes.ascending(EXPIRES_AT), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    public Claim claim(String id, String requestHash) {
        sweepExpired();
        // Bounded: the only way round again is a key released or expired between our insert and our read.
        for (int attempt = 0; attempt < 3; attempt++) {
            Date now = Date.from(clock.instant());
            try {
                keys.insertOne(new Document("_id", id).append("requestHash", requestHash)
                        .append("state", IN_PROGRESS).append("claimedAt", now).append(EXPIRES_AT, expiry()));
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
            Date expiresAt = existing.getDate(EXPIRES_AT);
            if (expiresAt != null && !expiresAt.after(now)) {
                // Expired but not yet removed (no TTL monitor on the embedded server): forget it, claim afresh.
                keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq(EXPIRES_AT, expiresAt)));
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
                Updates.set("completedAt", Date.from(clock.instant())),
                Updates.set(EXPIRES_AT, expiry())));
    }

    /** Forget a claim whose outcome should not be replayed, so a retry runs the request again. */
    public void release(String id) {
        keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("state", IN_PROGRESS)));
    }

    private Date expiry() {
        return Date.from(clock.instant().plus(retention));
    }

    /** What the TTL index does on a real MongoDB, at most once a minute. */
    private void sweepExpired() {
        Instant now = clock.instant();
        Instant last = lastSweep.get();
        if (now.isBefore(last.plus(SWEEP_INTERVAL)) || !lastSweep.compareAndSet(last, now)) {
            return;
        }
        keys.deleteMany(Filters.lte(EXPIRES_AT, Date.from(now)));
    }

    private static StoredResponse response(Document doc) {
        Binary body = doc.get("body", Binary.class);
        return new StoredResponse(doc.getInteger("status"), doc.getString("contentType"), doc.getString("location"),
                body == null ? new byte[0] : body.getData());
    }
}
