package vn.thidua.ledger.query.asof;

import com.mongodb.client.model.WriteModel;
import org.bson.Document;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.ViewBatch;
import vn.thidua.ledger.query.asof.AggregateRanges.CommitStarts;
import vn.thidua.ledger.query.asof.AggregateRanges.Span;
import vn.thidua.ledger.query.asof.AsOfReader.PositionedEvent;
import vn.thidua.ledger.query.asof.FoldCheckpoints.Checkpoint;
import vn.thidua.ledger.query.asof.FoldCheckpoints.Stored;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes the {@link FoldCheckpoints} as the stream index grows: when an aggregate's event closes a bucket, each
 * {@link FoldedView} that had a checkpoint for the previous bucket (or, for the first bucket, any view the events
 * make) is folded on from there and saved. A view that has no state by the end of the first bucket is not a fold
 * of this aggregate and gets no checkpoints. Runs in the stream index's processor, after the event is indexed, so
 * the global indexes it needs are there; deterministic, so a repeated delivery or a rebuild writes the same bytes.
 */
@Component
class Checkpointer {

    /** Aggregates whose latest events are held (a campaign, its rounds): at most this × 2 intervals of events. */
    private static final int RECENT_AGGREGATES = 64;

    private final List<FoldedView<?, ?>> views;
    private final FoldCheckpoints checkpoints;
    private final AsOfReader reader;
    private final RecentEvents recent;
    /**
     * Per aggregate, the checkpoints saved last: the next bucket starts from them without reading them back. They are
     * what the store holds for that bucket, both being folds of the same events; should the stored ones be gone (dropped
     * by hand, or by a reset on another node), the chain goes on from memory with the states a fold from the start
     * gives, where a node without them would stop it: as-of reads answer the same either way.
     */
    private final Map<String, Saved> saved = new LeastRecentlyUsed<>(RECENT_AGGREGATES);

    /** The checkpoints of one bucket of an aggregate, as {@link FoldCheckpoints#at} would read them. */
    private record Saved(long bucket, Map<FoldedView<?, ?>, Stored<?>> checkpoints) {
    }

    Checkpointer(List<FoldedView<?, ?>> views, FoldCheckpoints checkpoints, AsOfReader reader) {
        this.views = List.copyOf(views);
        this.checkpoints = checkpoints;
        this.reader = reader;
        // Twice the interval: a bucket's events and the commit that may run into it from the bucket before.
        this.recent = new RecentEvents(2 * checkpoints.interval(), RECENT_AGGREGATES);
    }

    /**
     * After {@code event} is indexed: held, and if it closes a bucket, its checkpoints written; in a processor batch
     * ({@link ViewBatch}), once the batch's stream index entries are written; alone, at once.
     */
    void indexed(PositionedEvent event) {
        recent.add(event);
        String aggregateId = event.message().getAggregateIdentifier();
        long sequence = event.message().getSequenceNumber();
        long bucket = checkpoints.bucketClosedBy(sequence);
        if (bucket < 0) {
            return;
        }
        List<PositionedEvent> held = recent.of(aggregateId);
        Optional<ViewBatch> batch = ViewBatch.current();
        if (batch.isPresent()) {
            // Where the bucket's commits start is looked for from the previous bucket's last sequence, where its
            // checkpoint resumes unless a commit spans the bucket (then by a lookup of its own).
            Span span = new Span(aggregateId, Math.max(0, sequence - checkpoints.interval()), sequence);
            batch.get().participant(this, () -> new ClosedBuckets(checkpoints, reader))
                 .add(span, (starts, writes) -> checkpoint(aggregateId, bucket, sequence, held, starts, writes));
        } else {
            List<WriteModel<Document>> writes = new ArrayList<>();
            checkpoint(aggregateId, bucket, sequence, held, reader::latestCommitStart, writes);
            checkpoints.write(writes);
        }
    }

    /** With the stream index cleared: a rebuild starts from nothing held. */
    void clear() {
        recent.clear();
        synchronized (saved) {
            saved.clear();
        }
    }

    /**
     * The checkpoints of the buckets a batch closed, in the order of their events, written together; where their
     * commits start is read for all of them at once (one round trip, not one per bucket).
     */
    private static final class ClosedBuckets implements ViewBatch.Participant {

        private final FoldCheckpoints store;
        private final AsOfReader reader;
        private final List<Span> spans = new ArrayList<>();
        private final List<BiConsumer<CommitStarts, List<WriteModel<Document>>>> checkpoints = new ArrayList<>();

        ClosedBuckets(FoldCheckpoints store, AsOfReader reader) {
            this.store = store;
            this.reader = reader;
        }

        void add(Span span, BiConsumer<CommitStarts, List<WriteModel<Document>>> checkpoint) {
            spans.add(span);
            checkpoints.add(checkpoint);
        }

        @Override
        public void flush() {
            CommitStarts starts = reader.commitStartsIn(spans);
            List<WriteModel<Document>> writes = new ArrayList<>();
            checkpoints.forEach(checkpoint -> checkpoint.accept(starts, writes));
            store.write(writes);
            spans.clear();
            checkpoints.clear();
        }

        /** After the stream index entries (rank 0), which the folds read. */
        @Override
        public int rank() {
            return 1;
        }
    }

    private void checkpoint(String aggregateId, long bucket, long sequence, List<PositionedEvent> held,
                            CommitStarts starts, List<WriteModel<Document>> writes) {
        Map<FoldedView<?, ?>, Stored<?>> previous = bucket == 0 ? Map.of() : savedBefore(aggregateId, bucket, writes);
        List<FoldedView<?, ?>> folded = bucket == 0 ? views : views.stream().filter(previous::containsKey).toList();
        if (folded.isEmpty()) {
            return;
        }
        long first = previous.values().stream().mapToLong(stored -> stored.checkpoint().resume()).min().orElse(0);
        // The events are usually held (RecentEvents); then only where commits start is read, else one read of the
        // bucket's events gives both. The checkpoint resumes at the latest commit start: usually the bucket's last
        // sequence (most commits hold one event), the previous resume if one commit spans the bucket.
        List<PositionedEvent> range = RecentEvents.covering(held, first, sequence);
        long resume;
        if (range != null) {
            resume = starts.latestCommitStart(aggregateId, first, sequence);
        } else {
            AsOfReader.Events read = reader.range(aggregateId, first, sequence);
            resume = read.latestCommitStart();
            range = read.events();
        }
        List<PositionedEvent> events = range.stream().filter(event -> event.message().getSequenceNumber() < resume)
                                            .toList();
        Map<FoldedView<?, ?>, Stored<?>> written = new HashMap<>();
        for (FoldedView<?, ?> view : folded) {
            save(aggregateId, bucket, view, previous.get(view), events, writes)
                    .ifPresent(stored -> written.put(view, stored));
        }
        synchronized (saved) {
            saved.put(aggregateId, new Saved(bucket, written));
        }
    }

    /**
     * The checkpoints of the bucket before {@code bucket}: as saved last, or else as stored. Read from the store, they
     * may be among the batch's {@code writes} not made yet (the aggregate left {@link #saved} while more than
     * {@value #RECENT_AGGREGATES} others closed buckets in one batch): those are written first.
     */
    private Map<FoldedView<?, ?>, Stored<?>> savedBefore(String aggregateId, long bucket,
                                                         List<WriteModel<Document>> writes) {
        Saved last;
        synchronized (saved) {
            last = saved.get(aggregateId);
        }
        if (last != null && last.bucket() == bucket - 1) {
            return last.checkpoints();
        }
        checkpoints.write(writes);
        writes.clear();
        return checkpoints.at(aggregateId, bucket - 1, views);
    }

    private <V> Optional<Stored<V>> save(String aggregateId, long bucket, FoldedView<V, ?> view, Stored<?> previous,
                                         List<PositionedEvent> events, List<WriteModel<Document>> writes) {
        @SuppressWarnings("unchecked") // at() keys each checkpoint by the view it was read for
        Checkpoint<V> start = previous == null ? Checkpoint.start() : (Checkpoint<V>) previous.checkpoint();
        Checkpoint<V> next = AsOfReader.fold(view, start, events);
        // resume 0: a first commit longer than the bucket, nothing folded yet; keep the chain going.
        if (next.state() != null || next.resume() == 0) {
            return Optional.of(checkpoints.save(aggregateId, view, bucket, next, previous, writes));
        }
        return Optional.empty();
    }
}
