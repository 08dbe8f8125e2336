package vn.thidua.ledger.query.asof;

import vn.thidua.ledger.query.asof.AsOfReader.PositionedEvent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * The latest events the stream index was given, per aggregate, in unbroken runs of sequences: so that a checkpoint
 * folds the events its processor has just handled instead of reading them back from the event store, which was half
 * the cost of a {@code streamIndex} rebuild (docs/benchmarks.md, "Session 13"). Bounded: a run keeps its latest
 * {@code perAggregate} events, and only the {@code aggregates} aggregates given an event most recently are kept. What
 * it does not hold, the checkpoint reads. Used by one processor's handlers at a time, on whichever thread.
 */
final class RecentEvents {

    private final int perAggregate;
    private final Map<String, Deque<PositionedEvent>> runs;

    RecentEvents(int perAggregate, int aggregates) {
        this.perAggregate = perAggregate;
        this.runs = new LeastRecentlyUsed<>(aggregates);
    }

    /**
     * Adds the event to its aggregate's run. An event the run holds already (a redelivery) changes nothing; one that
     * does not follow the run's last (a gap, or a replay from the start) begins a new run.
     */
    synchronized void add(PositionedEvent event) {
        String aggregateId = event.message().getAggregateIdentifier();
        long sequence = event.message().getSequenceNumber();
        Deque<PositionedEvent> run = runs.get(aggregateId);
        if (run != null && sequence >= first(run) && sequence <= last(run)) {
            return;
        }
        if (run == null || sequence != last(run) + 1) {
            run = new ArrayDeque<>();
            runs.put(aggregateId, run);
        }
        run.addLast(event);
        if (run.size() > perAggregate) {
            run.removeFirst();
        }
    }

    /** A copy of the aggregate's run, ascending by sequence: for a checkpoint written later, on another thread. */
    synchronized List<PositionedEvent> of(String aggregateId) {
        Deque<PositionedEvent> run = runs.get(aggregateId);
        return run == null ? List.of() : List.copyOf(run);
    }

    synchronized void clear() {
        runs.clear();
    }

    /** The events of sequences {@code first..last} of a run (from {@link #of}), or null if it lacks any of them. */
    static List<PositionedEvent> covering(List<PositionedEvent> run, long first, long last) {
        if (run.isEmpty() || sequence(run.get(0)) > first || sequence(run.get(run.size() - 1)) < last) {
            return null;
        }
        long start = sequence(run.get(0));
        return run.subList((int) (first - start), (int) (last - start + 1));
    }

    private static long first(Deque<PositionedEvent> run) {
        return sequence(run.peekFirst());
    }

    private static long last(Deque<PositionedEvent> run) {
        return sequence(run.peekLast());
    }

    private static long sequence(PositionedEvent event) {
        return event.message().getSequenceNumber();
    }
}
