package vn.thidua.ledger.query.replay;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Where a view's processor stands against the head of the event stream.
 *
 * @param state      RUNNING, REBUILDING (a rebuild on this node holds the view; its processor is stopped), STOPPED
 *                   or ERROR (a segment in error state)
 * @param position   global index of the last event the processor handled (-1 before the first)
 * @param head       the event store's head position now
 * @param lag        head − position, never negative
 * @param progress   percent: of the head at rebuild start while rebuilding or after a rebuild, else of the head now
 * @param replaying  true while a rebuild has not yet reached the head it started against (Axon's own replay flag can
 *                   stay true until a new event arrives, so it is not used)
 * @param rebuild    the latest rebuild on this node, null if none since the node started
 */
public record ViewStatus(String name, List<String> collections, String state, long position, long head, long lag,
                         BigDecimal progress, boolean replaying, Rebuild rebuild) {

    public ViewStatus {
        collections = List.copyOf(collections);
    }

    /**
     * A rebuild: when it started, the head it has to reach, and the speed in global positions per second (events
     * read, including those the view ignores), from the start until it was done.
     *
     * @param finishedAt when the rebuild wrote its last window, having reached the head it started against; if it
     *                   stopped short and the view's processor went on, when a status read first saw the processor
     *                   there (so as precise as the polling); null while running
     */
    public record Rebuild(Instant startedAt, long headAtStart, BigDecimal eventsPerSecond, Instant finishedAt) {
    }
}
