package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.conversions.Bson;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one aggregate's events by following its commit chain: the commit that starts at sequence {@code s}
 * has key {@code aggregateId#s}, the next one starts right after its last sequence number.
 * <p>
 * Most commits hold one event, so the keys of the next {@code batchSize} sequence numbers are asked for
 * in one {@code $in}: a chain of single-event commits costs one round trip per batch, not one per commit.
 * Reading starts at 0 or right after a snapshot, and a snapshot is always taken of a fully loaded
 * aggregate, so the first sequence number asked for always starts a commit.
 */
final class AggregateStreamReader {

    private static final Bson SEQUENCES_ONLY = Projections.include(
            CommitDocument.COMMIT_KEY, CommitDocument.FIRST_SEQUENCE, CommitDocument.LAST_SEQUENCE);

    private final MongoCollection<Document> commits;

    AggregateStreamReader(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    /** The events of a range and the latest commit start in it ({@link #range}). */
    record Range(List<DomainEventData<?>> events, long latestCommitStart) {
    }

    /**
     * The events of the chain of commits that starts at {@code first} (a commit start: else none) and goes up to
     * {@code last}, and the latest sequence after {@code first} and at most {@code last} at which one of them starts,
     * or {@code first}: one {@code $in} over exactly the range's commit keys (a stream read asks for a whole batch's),
     * or one per {@code batchSize} keys for a longer range, so that no query grows with the aggregate's history.
     */
    Range range(String aggregateId, long first, long last, int batchSize) {
        Chain chain = walk(aggregateId, first, last, batchSize, null);
        return new Range(chain.events, chain.latestStart);
    }

    /**
     * {@link #range}'s latest commit start alone: the same lookups, answered with each commit's key and sequences
     * only, so the server sends and the driver decodes no events.
     */
    long latestCommitStart(String aggregateId, long first, long last, int batchSize) {
        return walk(aggregateId, first, last, batchSize, SEQUENCES_ONLY).latestStart;
    }

    private Chain walk(String aggregateId, long first, long last, int batchSize, Bson projection) {
        Chain chain = new Chain(first);
        long from = first;
        while (from <= last) {
            chain.follow(aggregateId, commits(aggregateId, from, Math.min(batchSize, last - from + 1), projection));
            if (chain.next == from) {
                break;
            }
            from = chain.next;
        }
        return chain;
    }

    List<DomainEventData<?>> read(String aggregateId, long firstSequence, int batchSize) {
        Chain chain = new Chain(firstSequence);
        chain.follow(aggregateId, commits(aggregateId, firstSequence, batchSize, null));
        return chain.events;
    }

    /** The commits keyed at the {@code count} sequences from {@code first}, by key; all fields, or the projection's. */
    private Map<String, Document> commits(String aggregateId, long first, long count, Bson projection) {
        List<String> keys = new ArrayList<>();
        for (long sequence = first; sequence < first + count; sequence++) {
            keys.add(CommitDocument.commitKey(aggregateId, sequence));
        }
        Map<String, Document> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            commits.find(Filters.in(CommitDocument.COMMIT_KEY, keys)).projection(projection)
                   .forEach(commit -> byKey.put(commit.getString(CommitDocument.COMMIT_KEY), commit));
        }
        return byKey;
    }

    /** A chain of commits followed so far: its events, the start of its last commit, the sequence after it. */
    private static final class Chain {

        private final List<DomainEventData<?>> events = new ArrayList<>();
        private long latestStart;
        private long next;

        Chain(long first) {
            this.latestStart = first;
            this.next = first;
        }

        /** Follows the chain from {@link #next} as far as {@code byKey} holds it. */
        void follow(String aggregateId, Map<String, Document> byKey) {
            Document commit = byKey.get(CommitDocument.commitKey(aggregateId, next));
            while (commit != null) {
                if (commit.containsKey(CommitDocument.EVENTS)) {
                    events.addAll(CommitDocument.events(commit));
                }
                latestStart = CommitDocument.firstSequence(commit);
                next = CommitDocument.lastSequence(commit) + 1;
                commit = byKey.get(CommitDocument.commitKey(aggregateId, next));
            }
        }
    }
}
