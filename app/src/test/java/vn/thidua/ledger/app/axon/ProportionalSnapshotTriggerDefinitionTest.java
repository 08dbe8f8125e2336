package vn.thidua.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.Snapshotter;
import org.junit.jupiter.api.Test;

class ProportionalSnapshotTriggerDefinitionTest {

    private final List<Long> snapshotsAt = new ArrayList<>();
    private final AtomicLong sequence = new AtomicLong(-1);
    private final Snapshotter snapshotter = (type, id) -> snapshotsAt.add(sequence.get());

    @Test
    void aSmallAggregateIsSnapshottedEveryThresholdEvents() {
        handle(new ProportionalSnapshotTriggerDefinition(snapshotter, 500).prepareTrigger(Object.class), 3_000);

        assertThat(snapshotsAt).containsExactly(499L, 999L, 1_499L, 1_999L, 2_499L, 2_999L);
    }

    @Test
    void aLargeAggregateIsSnapshottedEveryTenthOfItsEvents() {
        handle(new ProportionalSnapshotTriggerDefinition(snapshotter, 500).prepareTrigger(Object.class), 100_000);

        for (int i = 1; i < snapshotsAt.size(); i++) {
            long events = snapshotsAt.get(i) + 1;
            assertThat(snapshotsAt.get(i) - snapshotsAt.get(i - 1)).isEqualTo(Math.max(500, events / 10));
        }
        // a fixed spacing of 500 would have taken 200, each of up to 100k events' state
        assertThat(snapshotsAt).hasSizeLessThan(45);
        assertThat(100_000 - 1 - snapshotsAt.get(snapshotsAt.size() - 1)).isLessThanOrEqualTo(10_000);
    }

    @Test
    void aTriggerKeptInTheCacheIsGivenTheSnapshotterAgain() {
        ProportionalSnapshotTriggerDefinition definition = new ProportionalSnapshotTriggerDefinition(snapshotter, 2);
        SnapshotTrigger trigger = definition.prepareTrigger(Object.class);

        assertThat(definition.reconfigure(Object.class, trigger)).isSameAs(trigger);
        handle(trigger, 2);
        assertThat(snapshotsAt).containsExactly(1L);
    }

    private void handle(SnapshotTrigger trigger, int events) {
        for (int i = 0; i < events; i++) {
            sequence.set(i);
            trigger.eventHandled(new GenericDomainEventMessage<>("Campaign", "c-1", i, "event " + i));
        }
    }
}
