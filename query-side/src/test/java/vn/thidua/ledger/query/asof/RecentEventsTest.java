package vn.thidua.ledger.query.asof;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.query.asof.AsOfReader.PositionedEvent;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentEventsTest {

    private final RecentEvents recent = new RecentEvents(4, 2);

    private static PositionedEvent event(String aggregateId, long sequence) {
        return new PositionedEvent(100 + sequence, new GenericDomainEventMessage<>("Campaign", aggregateId, sequence, "e" + sequence));
    }

    private void add(String aggregateId, long... sequences) {
        for (long sequence : sequences) {
            recent.add(event(aggregateId, sequence));
        }
    }

    private List<Long> sequences(String aggregateId) {
        return recent.of(aggregateId).stream().map(event -> event.message().getSequenceNumber()).toList();
    }

    @Test
    void keepsTheLatestEventsOfAnUnbrokenRun() {
        add("a", 0, 1, 2, 3, 4, 5);

        assertThat(sequences("a")).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void aRedeliveredEventChangesNothingAndAGapOrAReplayBeginsANewRun() {
        add("a", 0, 1, 2, 1, 2);
        assertThat(sequences("a")).containsExactly(0L, 1L, 2L);

        add("a", 5);
        assertThat(sequences("a")).containsExactly(5L);

        add("a", 6, 0);
        assertThat(sequences("a")).as("a rebuild starting again").containsExactly(0L);
    }

    @Test
    void theAggregatesGivenAnEventLeastRecentlyAreDropped() {
        add("a", 0);
        add("b", 0);
        add("a", 1);
        add("c", 0);

        assertThat(sequences("b")).isEmpty();
        assertThat(sequences("a")).containsExactly(0L, 1L);
        assertThat(sequences("c")).containsExactly(0L);
    }

    @Test
    void aRangeIsCoveredOnlyIfTheRunHoldsAllOfIt() {
        add("a", 2, 3, 4, 5);
        List<PositionedEvent> run = recent.of("a");

        assertThat(RecentEvents.covering(run, 3, 5)).extracting(event -> event.message().getSequenceNumber())
                                                     .containsExactly(3L, 4L, 5L);
        assertThat(RecentEvents.covering(run, 1, 5)).isNull();
        assertThat(RecentEvents.covering(run, 3, 6)).isNull();
        assertThat(RecentEvents.covering(List.of(), 0, 0)).isNull();
    }

    @Test
    void clearedItHoldsNothing() {
        add("a", 0, 1);

        recent.clear();

        assertThat(sequences("a")).isEmpty();
    }
}
