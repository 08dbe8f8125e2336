package vn.thidua.ledger.eventstore;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where commits start in spans of many aggregates' streams, looked up at once
 * ({@link MongoEventStorageEngine#commitStarts}). For a range inside a span, {@link #latestCommitStart} answers from
 * that lookup what {@link MongoEventStorageEngine#latestCommitStart} would; for any other range, by that method.
 */
public final class CommitStartLookup {

    /** {@link MongoEventStorageEngine#latestCommitStart}'s question, answered one way or another. */
    @FunctionalInterface
    interface Finder {
        long latestCommitStart(String aggregateId, long first, long last);
    }

    private final Map<String, List<SequenceSpan>> spans;
    private final Finder known;
    private final Finder lookup;

    /**
     * @param known  answers a range inside one of {@code spans} from the commits found in them
     * @param lookup answers any range with a lookup of its own
     */
    CommitStartLookup(Collection<SequenceSpan> spans, Finder known, Finder lookup) {
        this.spans = spans.stream().collect(Collectors.groupingBy(SequenceSpan::aggregateId));
        this.known = known;
        this.lookup = lookup;
    }

    /**
     * The latest sequence after {@code first} and at most {@code last} at which one of the aggregate's commits starts,
     * or {@code first}, as {@link MongoEventStorageEngine#latestCommitStart}.
     */
    public long latestCommitStart(String aggregateId, long first, long last) {
        boolean inSpan = spans.getOrDefault(aggregateId, List.of()).stream()
                              .anyMatch(span -> span.first() <= first && last <= span.last());
        return (inSpan ? known : lookup).latestCommitStart(aggregateId, first, last);
    }
}
