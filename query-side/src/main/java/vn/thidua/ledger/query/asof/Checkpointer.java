package vn.thidua.ledger.query.asof;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.asof.AsOfReader.PositionedEvent;
import vn.thidua.ledger.query.asof.FoldCheckpoints.Checkpoint;
import vn.thidua.ledger.query.asof.FoldCheckpoints.Stored;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the {@link FoldCheckpoints} as the stream index grows: when an aggregate's event closes a bucket, each
 * {@link FoldedView} that had a checkpoint for the previous bucket (or, for the first bucket, any view the events
 * make) is folded on from there and saved. A view that has no state by the end of the first bucket is not a fold
 * of this aggregate and gets no checkpoints. Runs in the stream index's processor, after the event is indexed, so
 * the global indexes it needs are there; deterministic, so a repeated delivery or a rebuild writes the same bytes.
 */
@Component
class Checkpointer {

    private final List<FoldedView<?, ?>> views;
    private final FoldCheckpoints checkpoints;
    private final AsOfReader reader;

    Checkpointer(List<FoldedView<?, ?>> views, FoldCheckpoints checkpoints, AsOfReader reader) {
        this.views = List.copyOf(views);
        this.checkpoints = checkpoints;
        this.reader = reader;
    }

    /**
     * After the event of {@code sequence} is indexed: in a processor batch ({@link ViewBatch}), once the batch's
     * stream index entries are written; alone, at once.
     */
    void indexed(String aggregateId, long sequence) {
        long bucket = checkpoints.bucketClosedBy(sequence);
        if (bucket < 0) {
            return;
        }
        Optional<ViewBatch> batch = ViewBatch.current();
        if (batch.isPresent()) {
            batch.get().participant(this, ClosedBuckets::new).add(() -> checkpoint(aggregateId, bucket, sequence));
        } else {
            checkpoint(aggregateId, bucket, sequence);
        }
    }

    /** The checkpoints of the buckets a batch closed, in the order of their events. */
    private static final class ClosedBuckets implements ViewBatch.Participant {

        private final List<Runnable> checkpoints = new ArrayList<>();

        void add(Runnable checkpoint) {
            checkpoints.add(checkpoint);
        }

        @Override
        public void flush() {
            checkpoints.forEach(Runnable::run);
            checkpoints.clear();
        }

        /** After the stream index entries (rank 0), which the folds read. */
        @Override
        public int rank() {
            return 1;
        }
    }

    private void checkpoint(String aggregateId, long bucket, long sequence) {
        Map<FoldedView<?, ?>, Stored<?>> previous = bucket == 0
                ? Map.of()
                : checkpoints.at(aggregateId, bucket - 1, views);
        List<FoldedView<?, ?>> folded = bucket == 0 ? views : views.stream().filter(previous::containsKey).toList();
        if (folded.isEmpty()) {
            return;
        }
        long first = previous.values().stream().mapToLong(stored -> stored.checkpoint().resume()).min().orElse(0);
        // One read of the bucket's events, which also tells where the checkpoint may resume (usually the bucket's last
        // sequence: most commits hold one event; the previous resume if one commit spans the bucket).
        AsOfReader.Events read = reader.range(aggregateId, first, sequence);
        long resume = read.latestCommitStart();
        List<PositionedEvent> events = read.events().stream()
                                           .filter(event -> event.message().getSequenceNumber() < resume).toList();
        for (FoldedView<?, ?> view : folded) {
            save(aggregateId, bucket, view, previous.get(view), events);
        }
    }

    private <V> void save(String aggregateId, long bucket, FoldedView<V, ?> view, Stored<?> previous,
                          List<PositionedEvent> events) {
        @SuppressWarnings("unchecked") // at() keys each checkpoint by the view it was read for
        Checkpoint<V> start = previous == null ? Checkpoint.start() : (Checkpoint<V>) previous.checkpoint();
        Checkpoint<V> next = AsOfReader.fold(view, start, events);
        // resume 0: a first commit longer than the bucket, nothing folded yet; keep the chain going.
        if (next.state() != null || next.resume() == 0) {
            checkpoints.save(aggregateId, view, bucket, next, previous);
        }
    }
}
