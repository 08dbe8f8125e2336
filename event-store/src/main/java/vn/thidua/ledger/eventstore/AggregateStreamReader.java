package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
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

    /**
     * The latest sequence after {@code first} and at most {@code last} at which a commit of the aggregate starts, or
     * {@code first} if none does: one {@code $in} over the commit keys of the range, no event read.
     */
    long latestCommitStart(String aggregateId, long first, long last) {
        List<String> keys = new ArrayList<>();
        for (long sequence = first + 1; sequence <= last; sequence++) {
            keys.add(CommitDocument.commitKey(aggregateId, sequence));
        }
        long latest = first;
        if (keys.isEmpty()) {
            return latest;
        }
        for (Document commit : commits.find(Filters.in(CommitDocument.COMMIT_KEY, keys))
                                      .projection(Projections.include(CommitDocument.FIRST_SEQUENCE))) {
            latest = Math.max(latest, CommitDocument.firstSequence(commit));
        }
        return latest;
    }

    List<DomainEventData<?>> read(String aggregateId, long firstSequence, int batchSize) {
        Map<String, Document> byKey = new HashMap<>();
        List<String> keys = new ArrayList<>(batchSize);
        for (long sequence = firstSequence; sequence < firstSequence + batchSize; sequence++) {
            keys.add(CommitDocument.commitKey(aggregateId, sequence));
        }
        for (Document commit : commits.find(Filters.in(CommitDocument.COMMIT_KEY, keys))) {
            byKey.put(commit.getString(CommitDocument.COMMIT_KEY), commit);
        }
        List<DomainEventData<?>> events = new ArrayList<>();
        Document commit = byKey.get(CommitDocument.commitKey(aggregateId, firstSequence));
        while (commit != null) {
            events.addAll(CommitDocument.events(commit));
            commit = byKey.get(CommitDocument.commitKey(aggregateId, CommitDocument.lastSequence(commit) + 1));
        }
        return events;
    }
}
