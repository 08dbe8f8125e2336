package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;

import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import vn.thidua.ledger.eventstore.IntegrityReport.Breach;
import vn.thidua.ledger.eventstore.IntegrityReport.Check;

/**
 * Verifies the stored history: every commit's hash, every aggregate's chain of {@code prevHash}es, that no
 * settled global index is empty, and every signed checkpoint (its signature by the trusted key, its link to
 * the one before, and the digest of its range). Reports the first failed check by global index.
 * <p>
 * It streams through the commits in {@code $in} windows of {@code _id}s; what it keeps in memory is one small
 * entry per aggregate (its last commit seen) and the checkpoints (one small record per sealed range).
 * A hole (an index without a commit or a void) is a breach inside a sealed range, or when commits older than
 * twice the gap timeout lie behind it (readers would have voided it); otherwise it is the unsettled tail of
 * the history and verification stops there ({@code verifiedTo}).
 */
public final class IntegrityVerifier {

    private final EventStoreCollections collections;
    private final IntegrityCheckpoints checkpointStore;
    private final CommitChain chain;
    private final PublicKey trusted;
    private final Clock clock;
    private final Duration settled;
    private final int window;

    /**
     * @param trusted the key checkpoints must be signed with; null = the key of the first checkpoint (then an
     *                outsider's copy of the published key is what anchors trust, see docs/integrity.md)
     */
    public IntegrityVerifier(MongoDatabase database, PublicKey trusted, Clock clock, Duration gapTimeout, int window) {
        this.collections = EventStoreCollections.in(database);
        this.checkpointStore = new IntegrityCheckpoints(database);
        this.chain = new CommitChain(collections.commits());
        this.trusted = trusted;
        this.clock = clock;
        this.settled = gapTimeout.multipliedBy(2);
        this.window = window;
    }

    /** The latest signed checkpoint, as published to outsiders. */
    public Optional<IntegrityCheckpoint> head() {
        return checkpointStore.latest();
    }

    /**
     * Verifies {@code [from, to]}; null bounds mean the first index and the end of the stored history. A {@code to}
     * beyond the end of the history is cut to it (commits above the counter's head, which only a hand can have
     * written, included).
     */
    public IntegrityReport verify(Long from, Long to) {
        // The highest number first: a checkpoint sealed between the two reads then only lengthens the list.
        long recorded = checkpointStore.highestNumber();
        List<IntegrityCheckpoint> checkpoints = checkpointStore.all();
        long sealedTo = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).to();
        long first = from == null ? 1 : Math.max(1, from);
        long end = Math.max(new GlobalIndexCounter(collections.counters()).head(), sealedTo);
        long last = to == null ? end : Math.min(to, end);
        Walk walk = new Walk(first, last, checkpoints, sealedTo);
        walk.checkCheckpoints(recorded);
        CommitScan scan = new CommitScan(collections.commits(), window);
        boolean goOn = scan.forEach(first, last, walk::visit);
        if (goOn && to != null && to < end) {
            // A commit is keyed by its last index: the one that holds `last` lies beyond it, and is checked too, or
            // `last` would be taken for missing.
            scan.forEach(last + 1, Math.min(end, last + window), commit -> {
                if (CommitDocument.firstIndex(commit) <= last) {
                    walk.visit(commit);
                }
                return false;
            });
        }
        long walked = Math.max(last, first - 1);
        StrayCommits strays = StrayCommits.find(collections.commits(), to == null || to > end ? walked : null);
        walkAboveTheHead(strays.above(), walked, to == null ? Long.MAX_VALUE : to, goOn, scan, walk);
        walk.finish();
        strays.outside().ifPresent(walk::outsideTheStream);
        return walk.report();
    }

    /**
     * Commits above the counter's head were not written by the engine (it reserves first): walks them too, however far
     * above the range walked so far they were put, up to {@code limit}, unless the walk has stopped; and reports the
     * first one the counter never reserved in any case (the walk may have stopped at an unsettled tail).
     */
    private void walkAboveTheHead(NavigableSet<Long> above, long walked, long limit, boolean goOn, CommitScan scan,
                                  Walk walk) {
        Long next = above.higher(walked);
        while (goOn && next != null && next <= limit) {
            walked = CommitScan.lastOfWindow(next, limit, window);
            walk.extend(walked);
            goOn = scan.forEach(next, walked, walk::visit);
            next = walked < limit ? above.higher(walked) : null;
        }
        // The counter read after the search: every commit of the engine's that the search found was reserved by then.
        // After the walk, whose own check of the same commit is the more telling one.
        Long neverReserved = above.higher(new GlobalIndexCounter(collections.counters()).head());
        if (neverReserved != null && neverReserved <= limit) {
            walk.neverReserved(neverReserved);
        }
    }

    /** One verification: the state carried from commit to commit. */
    private final class Walk {

        private final long from;
        private long to;
        private final List<IntegrityCheckpoint> checkpoints;
        private final long sealedTo;
        private final Instant settledBefore = clock.instant().minus(settled);
        private final Map<String, Link> lastOfAggregate = new HashMap<>();
        private long expected;
        private long verifiedTo;
        private long commits;
        private long events;
        private long legacy;
        private Long unchainedBefore;
        private boolean chainedSeen;
        private boolean unsettled;
        private int checkpointsChecked;
        private int checkpointIndex;
        private RangeDigest digest;
        private Breach breach;

        private record Link(long lastSequence, long lastIndex, String hash) {
        }

        Walk(long from, long to, List<IntegrityCheckpoint> checkpoints, long sealedTo) {
            this.from = from;
            this.to = to;
            this.checkpoints = checkpoints;
            this.sealedTo = sealedTo;
            this.expected = from;
            this.verifiedTo = from - 1;
        }

        void extend(long newTo) {
            to = newTo;
        }

        /**
         * Signatures and links of the checkpoints (their digests are checked during the walk), and that none is
         * missing below the highest number recorded ({@code recorded}): a deleted checkpoint would otherwise turn
         * the ranges after it into an unsealed tail, where a commit re-hashed with its chain passes.
         */
        void checkCheckpoints(long recorded) {
            if (recorded > checkpoints.size()) {
                fail(sealedTo + 1, Check.CHECKPOINT_LINK, "checkpoint " + (checkpoints.size() + 1) + " is missing, "
                        + "though checkpoint " + recorded + " is recorded: checkpoints were deleted");
                return;
            }
            IntegrityCheckpoint previous = null;
            PublicKey key = trusted != null || checkpoints.isEmpty() ? trusted : firstKey(checkpoints.get(0));
            for (IntegrityCheckpoint checkpoint : checkpoints) {
                String where = "checkpoint " + checkpoint.number() + " [" + checkpoint.from() + ".." + checkpoint.to() + "]";
                if (key == null || !checkpoint.hashMatches() || !checkpoint.signedBy(key)
                        || !IntegrityCheckpoint.encode(key).equals(checkpoint.publicKey())) {
                    fail(checkpoint.from(), Check.CHECKPOINT_SIGNATURE,
                         where + ": its hash, or its signature by the trusted key, does not verify");
                    return;
                }
                long expectedFrom = previous == null ? 1 : previous.to() + 1;
                String expectedHash = previous == null ? null : previous.hash();
                if (checkpoint.from() != expectedFrom || checkpoint.to() < checkpoint.from()
                        || !Objects.equals(checkpoint.previousHash(), expectedHash)) {
                    fail(checkpoint.from(), Check.CHECKPOINT_LINK,
                         where + " does not continue checkpoint " + (checkpoint.number() - 1));
                    return;
                }
                checkpointsChecked++;
                previous = checkpoint;
            }
        }

        /** Without a trusted key: the key of the first checkpoint, which every later one must share. */
        private PublicKey firstKey(IntegrityCheckpoint first) {
            try {
                return IntegrityCheckpoint.decode(first.publicKey());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        boolean visit(Document commit) {
            try {
                return check(commit);
            } catch (RuntimeException e) {
                // A field of a type the engine never writes (a number for a text, no events list …): put by hand.
                return fail(expected, Check.HASH, "a malformed commit at or after global index " + expected
                        + ": " + e.getClass().getSimpleName());
            }
        }

        private boolean check(Document commit) {
            long firstIndex = CommitDocument.firstIndex(commit);
            long lastIndex = CommitDocument.lastIndex(commit);
            if (commits == 0 && firstIndex < from) {
                expected = firstIndex; // the range starts inside this commit
            }
            if (firstIndex > expected) {
                if (expected <= sealedTo || CommitDocument.committedAt(commit).isBefore(settledBefore)) {
                    return fail(expected, Check.MISSING, "no commit or void at global index " + expected
                            + (expected <= sealedTo ? ", which is sealed" : ", although older commits follow it"));
                }
                unsettled = true;
                return false;
            }
            if (firstIndex < expected) {
                return fail(firstIndex, Check.OVERLAP, "the commit " + firstIndex + ".." + lastIndex
                        + " overlaps the one before it (which ends at " + (expected - 1) + ")");
            }
            if (!checkCommit(commit, firstIndex) || !checkDigest(commit, firstIndex, lastIndex)) {
                return false;
            }
            commits++;
            events += CommitDocument.size(commit);
            expected = lastIndex + 1;
            verifiedTo = lastIndex;
            return true;
        }

        private boolean checkCommit(Document commit, long firstIndex) {
            String hash = commit.getString(CommitDocument.HASH);
            if (hash == null) {
                if (chainedSeen) {
                    return fail(firstIndex, Check.UNCHAINED, "a commit without a hash after chained commits");
                }
                legacy++;
                return true;
            }
            if (!chainedSeen && legacy > 0) {
                unchainedBefore = firstIndex;
            }
            chainedSeen = true;
            if (!CommitHash.of(commit).equals(hash)) {
                return fail(firstIndex, Check.HASH, "the commit's content does not match its hash (edited)");
            }
            String aggregateId = commit.getString(CommitDocument.AGGREGATE_ID);
            if (aggregateId == null) {
                return true;
            }
            long firstSequence = CommitDocument.firstSequence(commit);
            String prevHash = commit.getString(CommitDocument.PREV_HASH);
            if (firstSequence > 0) {
                Link previous = previousOf(aggregateId, firstSequence);
                if (previous == null) {
                    return fail(firstIndex, Check.LINK, "the previous commit of aggregate " + aggregateId
                            + " (ending at sequence " + (firstSequence - 1) + ") is missing");
                }
                if (previous.lastIndex() >= firstIndex) {
                    return fail(firstIndex, Check.ORDER, "the previous commit of aggregate " + aggregateId
                            + " is at the later global index " + previous.lastIndex());
                }
                if (!Objects.equals(prevHash, previous.hash())) {
                    return fail(firstIndex, Check.LINK, "prevHash is not the hash of the previous commit of aggregate "
                            + aggregateId + " (at global index " + previous.lastIndex() + ")");
                }
            } else if (prevHash != null) {
                return fail(firstIndex, Check.LINK, "the first commit of aggregate " + aggregateId + " has a prevHash");
            }
            lastOfAggregate.put(aggregateId, new Link(CommitDocument.lastSequence(commit),
                                                      CommitDocument.lastIndex(commit), hash));
            return true;
        }

        private Link previousOf(String aggregateId, long firstSequence) {
            Link seen = lastOfAggregate.get(aggregateId);
            if (seen != null && seen.lastSequence() == firstSequence - 1) {
                return seen;
            }
            Document previous = chain.previous(aggregateId, firstSequence);
            return previous == null ? null : new Link(CommitDocument.lastSequence(previous),
                                                      CommitDocument.lastIndex(previous),
                                                      previous.getString(CommitDocument.HASH));
        }

        /** Feeds the digest of the checkpoint whose range the commit is in, and compares it at the range's end. */
        private boolean checkDigest(Document commit, long firstIndex, long lastIndex) {
            while (checkpointIndex < checkpoints.size() && checkpoints.get(checkpointIndex).to() < firstIndex) {
                checkpointIndex++;
                digest = null;
            }
            if (checkpointIndex >= checkpoints.size()) {
                return true;
            }
            IntegrityCheckpoint checkpoint = checkpoints.get(checkpointIndex);
            if (firstIndex == checkpoint.from() && checkpoint.to() <= to) {
                digest = new RangeDigest();
            }
            if (digest == null) {
                return true; // the verified range starts inside this checkpoint's: its digest cannot be recomputed
            }
            if (lastIndex > checkpoint.to()) {
                return fail(firstIndex, Check.CHECKPOINT_DIGEST, "the commit " + firstIndex + ".." + lastIndex
                        + " straddles the end of checkpoint " + checkpoint.number());
            }
            digest.add(commit);
            if (lastIndex == checkpoint.to()) {
                RangeDigest done = digest;
                digest = null;
                checkpointIndex++;
                if (!done.hex().equals(checkpoint.digest())) {
                    return fail(checkpoint.from(), Check.CHECKPOINT_DIGEST, "the commits of checkpoint "
                            + checkpoint.number() + " [" + checkpoint.from() + ".." + checkpoint.to()
                            + "] no longer digest to its digest (rewritten, inserted or replaced within it)");
                }
            }
            return true;
        }

        /** A commit found outside the global indexes: a breach at index 0, before every commit of the stream. */
        /**
         * A commit at global indexes the counter has not reached: the engine reserves before it writes, so only a
         * hand put it there, whatever its time says (dated ahead, it would pass the empty indexes below it for a
         * writer's unsettled tail).
         */
        void neverReserved(long lastIndex) {
            fail(lastIndex, Check.ORDER, "a commit at global index " + lastIndex + ", which the counter never "
                    + "reserved: written by hand");
        }

        void outsideTheStream(Document commit) {
            fail(0, Check.ORDER, "a commit stored outside the global indexes (_id " + commit.get(CommitDocument.ID)
                    + ", commit key " + commit.get(CommitDocument.COMMIT_KEY) + "): written by hand");
        }

        void finish() {
            if (breach == null && !unsettled && expected <= Math.min(to, sealedTo)) {
                fail(expected, Check.MISSING, "the history ends at global index " + (expected - 1)
                        + " but is sealed up to " + sealedTo + " (truncated)");
            }
        }

        private boolean fail(long position, Check check, String detail) {
            if (breach == null || position < breach.position()) {
                breach = new Breach(position, check, detail);
            }
            return false;
        }

        IntegrityReport report() {
            long verified = breach == null ? verifiedTo : Math.min(verifiedTo, breach.position() - 1);
            return new IntegrityReport(from, to, breach == null, verified, commits, events, legacy,
                                       unchainedBefore, sealedTo, checkpointsChecked, breach);
        }
    }
}
