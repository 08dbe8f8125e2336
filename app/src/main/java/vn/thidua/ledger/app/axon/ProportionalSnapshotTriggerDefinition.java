package vn.thidua.ledger.app.axon;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Snapshots an aggregate after {@code threshold} events, or after a tenth of its events if that is more. A snapshot
 * holds the whole aggregate, and a campaign's grows with its pledge register: at a fixed spacing its cost per event
 * grew with the year (a profile of a 30k-event year: 8 % of the node's CPU on the snapshot thread, three times
 * that at 90k). Spaced by a tenth, a snapshot of n events' state comes once per n/10 events, a constant cost per
 * event, and loading an aggregate after a restart or a cache eviction replays at most a tenth of its events.
 */
final class ProportionalSnapshotTriggerDefinition implements SnapshotTriggerDefinition {

    /** An aggregate of n events is snapshotted again after n / {@value} events (or the threshold, if more). */
    static final int SPACING_DIVISOR = 10;

    private final Snapshotter snapshotter;
    private final int threshold;

    ProportionalSnapshotTriggerDefinition(Snapshotter snapshotter, int threshold) {
        this.snapshotter = snapshotter;
        this.threshold = threshold;
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, threshold);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger kept) {
            kept.setSnapshotter(snapshotter);
            return kept;
        }
        return prepareTrigger(aggregateType);
    }

    private static final class Trigger extends AbstractSnapshotTrigger {

        private static final long serialVersionUID = 1L;

        private final int threshold;
        private int counter;
        private long sequence;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int threshold) {
            super(snapshotter, aggregateType);
            this.threshold = threshold;
        }

        @Override
        public void eventHandled(EventMessage<?> message) {
            if (message instanceof DomainEventMessage<?> domain) {
                sequence = domain.getSequenceNumber();
            }
            super.eventHandled(message);
        }

        @Override
        protected boolean exceedsThreshold() {
            // sequence numbers start at 0: the aggregate has sequence + 1 events
            return ++counter >= Math.max(threshold, (sequence + 1) / SPACING_DIVISOR);
        }

        @Override
        protected void reset() {
            counter = 0;
        }
    }
}
