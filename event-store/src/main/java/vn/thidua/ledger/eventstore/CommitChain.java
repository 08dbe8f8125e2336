package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.bson.Document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Links each commit of an aggregate to the aggregate's previous commit: {@code prevHash} is the previous
 * commit's {@link CommitHash}. The previous commit is the one whose last sequence number is one below this
 * commit's first; commit keys are unique, so there is at most one, and whichever copy of it is at hand
 * (remembered from this node's own last write, or read back) carries the same hash.
 * <p>
 * It is read back by its commit key: most commits hold one event, so {@code aggregateId#(s-1)} is tried
 * first, then the keys of the {@value #LOOK_BACK} sequence numbers before it at a time in one {@code $in}
 * (a larger commit); exact-match lookups on the unique key, as every read of the store.
 */
final class CommitChain {

    static final int LOOK_BACK = 64;
    private static final int REMEMBERED = 10_000;

    private final MongoCollection<Document> commits;
    /** Per aggregate id: the last commit this node wrote (its last sequence number and hash). */
    private final Map<String, Link> lastWritten = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
            return size() > REMEMBERED;
        }
    };

    private record Link(long lastSequence, String hash) {
    }

    CommitChain(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    /** Sets {@code prevHash} on a commit about to be written (none for an aggregate's first commit). */
    void link(Document commit) {
        String aggregateId = commit.getString(CommitDocument.AGGREGATE_ID);
        long firstSequence = CommitDocument.firstSequence(commit);
        if (aggregateId == null || firstSequence == 0) {
            return;
        }
        Link remembered;
        synchronized (lastWritten) {
            remembered = lastWritten.get(aggregateId);
        }
        if (remembered != null && remembered.lastSequence() == firstSequence - 1) {
            commit.put(CommitDocument.PREV_HASH, remembered.hash());
            return;
        }
        Document previous = previous(aggregateId, firstSequence);
        // A legacy predecessor (no hash) starts the chain; a missing one is Axon's concern (it loaded it).
        commit.put(CommitDocument.PREV_HASH, previous == null ? null : previous.getString(CommitDocument.HASH));
    }

    /** Remembers a commit this node has stored, so the aggregate's next commit need not read it back. */
    void written(Document commit) {
        String aggregateId = commit.getString(CommitDocument.AGGREGATE_ID);
        if (aggregateId != null) {
            synchronized (lastWritten) {
                lastWritten.put(aggregateId, new Link(CommitDocument.lastSequence(commit),
                                                      commit.getString(CommitDocument.HASH)));
            }
        }
    }

    /** The commit of the aggregate that ends right before {@code firstSequence}, or null if none is stored. */
    Document previous(String aggregateId, long firstSequence) {
        Document single = commits.find(Filters.eq(CommitDocument.COMMIT_KEY,
                                                  CommitDocument.commitKey(aggregateId, firstSequence - 1))).first();
        if (single != null && CommitDocument.onTheStream(single)) {
            return CommitDocument.lastSequence(single) == firstSequence - 1 ? single : null;
        }
        for (long to = firstSequence - 2; to >= 0; to -= LOOK_BACK) {
            List<String> keys = new ArrayList<>(LOOK_BACK);
            for (long sequence = to; sequence > to - LOOK_BACK && sequence >= 0; sequence--) {
                keys.add(CommitDocument.commitKey(aggregateId, sequence));
            }
            for (Document candidate : commits.find(Filters.in(CommitDocument.COMMIT_KEY, keys))) {
                if (CommitDocument.onTheStream(candidate) && CommitDocument.lastSequence(candidate) == firstSequence - 1) {
                    return candidate;
                }
            }
        }
        return null;
    }
}
