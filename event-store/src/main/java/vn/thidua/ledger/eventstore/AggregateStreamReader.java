package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
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

    private final MongoCollection<Document> commits;

    AggregateStreamReader(MongoCollection<Document> commits) {
        this.commits = commits;
    }

    /** The events of a range and the latest commit start in it ({@link #range}). */
    record Range(List<DomainEventData<?>> events, long latestCommitStart) {
    }

    /**
     * The events of the commits that start at {@code first} and follow it up to {@code last}, and the latest sequence
     * after {@code first} and at most {@code last} at which a commit starts, or {@code first} if none does: one
     * {@code $in} over exactly the range's commit keys (a stream read asks for a whole batch's).
     */
    Range range(String aggregateId, long first, long last) {
        Map<String, Document> byKey = commits(aggregateId, first, last - first + 1);
        long latest = first;
        for (Document commit : byKey.values()) {
            latest = Math.max(latest, CommitDocument.firstSequence(commit));
        }
        return new Range(chain(aggregateId, first, byKey), latest);
    }

    List<DomainEventData<?>> read(String aggregateId, long firstSequence, int batchSize) {
        return chain(aggregateId, firstSequence, commits(aggregateId, firstSequence, batchSize));
    }

    /** The commits keyed at the {@code count} sequences from {@code first}, by key. */
    private Map<String, Document> commits(String aggregateId, long first, long count) {
        List<String> keys = new ArrayList<>();
        for (long sequence = first; sequence < first + count; sequence++) {
            keys.add(CommitDocument.commitKey(aggregateId, sequence));
        }
        Map<String, Document> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            commits.find(Filters.in(CommitDocument.COMMIT_KEY, keys))
                   .forEach(commit -> byKey.put(commit.getString(CommitDocument.COMMIT_KEY), commit));
        }
        return byKey;
    }

    /** The events of the chain of commits that starts at {@code first}, as far as {@code byKey} holds it. */
    private static List<DomainEventData<?>> chain(String aggregateId, long first, Map<String, Document> byKey) {
        List<DomainEventData<?>> events = new ArrayList<>();
        Document commit = byKey.get(CommitDocument.commitKey(aggregateId, first));
        while (commit != null) {
            events.addAll(CommitDocument.events(commit));
            commit = byKey.get(CommitDocument.commitKey(aggregateId, CommitDocument.lastSequence(commit) + 1));
        }
        return events;
    }
}
