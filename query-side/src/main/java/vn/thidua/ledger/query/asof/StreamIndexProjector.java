package vn.thidua.ledger.query.asof;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.Positions;

/** Feeds the {@link StreamIndex} with every domain event, and the {@link FoldCheckpoints} as buckets close. */
@Component
@ProcessingGroup(StreamIndex.NAME)
class StreamIndexProjector {

    private final StreamIndex index;
    private final Checkpointer checkpointer;

    StreamIndexProjector(StreamIndex index, Checkpointer checkpointer) {
        this.index = index;
        this.checkpointer = checkpointer;
    }

    @EventHandler
    void on(Object payload, EventMessage<?> message, TrackingToken token) {
        if (message instanceof DomainEventMessage<?> event) {
            long position = Positions.of(token);
            index.record(event.getAggregateIdentifier(), event.getSequenceNumber(), position, event.getTimestamp());
            checkpointer.indexed(new AsOfReader.PositionedEvent(position, event));
        }
    }

    @ResetHandler
    void reset() {
        index.clear();
        checkpointer.clear();
    }
}
