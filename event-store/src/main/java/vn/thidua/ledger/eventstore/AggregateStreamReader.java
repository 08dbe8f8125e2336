package vn.thidua.ledger.eventstore;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import org.bson.conversions.Bson;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    /** Keys per query of {@link #commitStarts}: a batch's spans stay one round trip, a larger set a few. */
    private static final int KEYS_PER_LOOKUP = 2000;

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
        Chain chain = walk(aggregateId, first, last, batchSize, (from, count) -> commits(aggregateId, from, count, null));
        return new Range(chain.events, chain.latestStart);
    }

    /**
     * {@link #range}'s latest commit start alone: the same lookups, answered with each commit's key and sequences
     * only, so the server sends and the driver decodes no events.
     */
    long latestCommitStart(String aggregateId, long first, long last, int batchSize) {
        return walk(aggregateId, first, last, batchSize,
                    (from, count) -> commits(aggregateId, from, count, SEQUENCES_ONLY)).latestStart;
    }

    /**
     * The commits that start in the spans, found with one lookup of all their keys (with their sequences only): for a
     * batch that must know where commits start in many aggregates at once (the fold checkpoints of the buckets it
     * closes), one round trip instead of one per range.
     */
    CommitStartLookup commitStarts(Collection<SequenceSpan> spans, int batchSize) {
        // The spans of one aggregate's consecutive buckets share a sequence: each key is asked for once.
        Set<String> keys = new LinkedHashSet<>();
        spans.forEach(span -> addKeys(keys, span.aggregateId(), span.first(), span.last() - span.first() + 1));
        List<String> all = new ArrayList<>(keys);
        Map<String, Document> byKey = new HashMap<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_LOOKUP) {
            List<String> lookup = all.subList(from, Math.min(all.size(), from + KEYS_PER_LOOKUP));
            // All found in the first reply (keys and sequences only are small): MongoDB's first batch is 101 documents
            // by default, and the rest would cost a getMore each.
            commits.find(Filters.in(CommitDocument.COMMIT_KEY, lookup)).projection(SEQUENCES_ONLY)
                   .batchSize(lookup.size())
                   .forEach(commit -> keep(byKey, commit));
        }
        return new CommitStartLookup(spans,
                (aggregateId, first, last) -> walk(aggregateId, first, last, batchSize,
                                                   (from, count) -> known(byKey, aggregateId, from, count)).latestStart,
                (aggregateId, first, last) -> latestCommitStart(aggregateId, first, last, batchSize));
    }

    /** The commits of {@code byKey} keyed at the {@code count} sequences from {@code first}. */
    private static Map<String, Document> known(Map<String, Document> byKey, String aggregateId, long first,
                                               long count) {
        Map<String, Document> found = new HashMap<>();
        for (long sequence = first; sequence < first + count; sequence++) {
            String key = CommitDocument.commitKey(aggregateId, sequence);
            Document commit = byKey.get(key);
            if (commit != null) {
                found.put(key, commit);
            }
        }
        return found;
    }

    /** The commits keyed at the {@code count} sequences from {@code from}, by key. */
    @FunctionalInterface
    private interface Lookup {
        Map<String, Document> commits(long from, long count);
    }

    private Chain walk(String aggregateId, long first, long last, int batchSize, Lookup lookup) {
        Chain chain = new Chain(first);
        long from = first;
        while (from <= last) {
            chain.follow(aggregateId, lookup.commits(from, Math.min(batchSize, last - from + 1)));
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
        addKeys(keys, aggregateId, first, count);
        Map<String, Document> byKey = new HashMap<>();
        if (!keys.isEmpty()) {
            commits.find(Filters.in(CommitDocument.COMMIT_KEY, keys)).projection(projection)
                   .forEach(commit -> keep(byKey, commit));
        }
        return byKey;
    }

    /** Keeps a commit found by its key if it is on the stream ({@link CommitDocument#onTheStream}). */
    private static void keep(Map<String, Document> byKey, Document commit) {
        if (CommitDocument.onTheStream(commit)) {
            byKey.put(commit.getString(CommitDocument.COMMIT_KEY), commit);
        }
    }

    private static void addKeys(Collection<String> keys, String aggregateId, long first, long count) {
        for (long sequence = first; sequence < first + count; sequence++) {
            keys.add(CommitDocument.commitKey(aggregateId, sequence));
        }
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
                    events.addAll(CommitDocument.eventsInSequence(commit));
                }
                latestStart = CommitDocument.firstSequence(commit);
                next = CommitDocument.lastSequence(commit) + 1;
                commit = byKey.get(CommitDocument.commitKey(aggregateId, next));
            }
        }
    }
}
