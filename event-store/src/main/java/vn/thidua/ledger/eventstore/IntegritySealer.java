package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.KeyPair;
import java.time.Clock;
import java.util.Optional;

/**
 * Seals the settled history into signed {@link IntegrityCheckpoint}s, one range after another.
 * <p>
 * A range is settled when every global index in it holds a document (a commit or a void): a filled slot can
 * never change again through the engine (an insert into it is refused by the unique {@code _id}), so what
 * is sealed is final. Concurrent writers leave holes only until their commit lands or a reader voids the
 * slot after the gap timeout; the sealer stops at the first hole and seals up to the commit before it, so
 * it trails the tracking readers by about the gap window. Each seal ends at a commit boundary and covers
 * at most {@code maxRange} indexes. Run it periodically (the application schedules it); several nodes may
 * run it, the unique checkpoint number lets one of them win each seal.
 */
public final class IntegritySealer {

    private static final Logger log = LoggerFactory.getLogger(IntegritySealer.class);

    private final CommitScan scan;
    private final GlobalIndexCounter counter;
    private final IntegrityCheckpoints checkpoints;
    private final KeyPair keys;
    private final Clock clock;
    private final int maxRange;
    private IntegrityCheckpoint last;

    public IntegritySealer(MongoDatabase database, KeyPair keys, Clock clock, int window, int maxRange) {
        EventStoreCollections collections = EventStoreCollections.in(database);
        this.scan = new CommitScan(collections.commits(), window);
        this.counter = new GlobalIndexCounter(collections.counters());
        this.checkpoints = new IntegrityCheckpoints(database);
        this.keys = keys;
        this.clock = clock;
        this.maxRange = maxRange;
    }

    /** Seals the settled indexes after the latest checkpoint, if any; returns the new checkpoint. */
    public synchronized Optional<IntegrityCheckpoint> seal() {
        IntegrityCheckpoint previous = latest();
        if (previous != null && !(previous.hashMatches() && previous.signedBy(keys.getPublic()))) {
            // Written by hand (this key did not sign it): extending it would skip its range for good, and leave that
            // range unsealed once it is deleted. The verifier reports it; sealing waits until it is gone.
            log.error("Checkpoint {} does not verify with this node's key: not sealing after it; verify the history "
                      + "(GET /api/audit/integrity)", previous.number());
            last = null;
            return Optional.empty();
        }
        long from = previous == null ? 1 : previous.to() + 1;
        long limit = Math.min(counter.head(), from + maxRange - 1);
        RangeDigest digest = new RangeDigest();
        long[] next = {from};
        scan.forEach(from, limit, commit -> {
            if (CommitDocument.firstIndex(commit) != next[0]) {
                return false; // a hole (or a commit straddling the last seal, which the verifier reports)
            }
            digest.add(commit);
            next[0] = CommitDocument.lastIndex(commit) + 1;
            return true;
        });
        long to = next[0] - 1;
        if (to < from) {
            return Optional.empty();
        }
        IntegrityCheckpoint checkpoint = IntegrityCheckpoint.sign(
                previous == null ? 1 : previous.number() + 1, from, to, digest.hex(),
                previous == null ? null : previous.hash(), clock.instant(), keys.getPublic(), keys.getPrivate());
        if (!checkpoints.insert(checkpoint)) {
            log.info("Checkpoint {} was sealed by another node meanwhile", checkpoint.number());
            last = null;
            return Optional.empty();
        }
        last = checkpoint;
        return Optional.of(checkpoint);
    }

    /** The latest checkpoint: remembered from the last seal, unless another node sealed after it. */
    private IntegrityCheckpoint latest() {
        if (last == null) {
            last = checkpoints.latest().orElse(null);
        }
        Optional<IntegrityCheckpoint> newer;
        while (last != null && (newer = checkpoints.get(last.number() + 1)).isPresent()) {
            last = newer.get();
        }
        return last;
    }
}
