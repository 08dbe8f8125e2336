package vn.thidua.ledger.query.testsupport;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;

import java.util.List;

/**
 * Hands events to a projector through Axon's own annotation adapter, as its processor would: each to the handler
 * its type selects, with a tracking token at its global index. Saves a test the projector's dispatch by hand.
 */
public final class ProjectorFeed {

    private final AnnotationEventHandlerAdapter adapter;

    public ProjectorFeed(Object projector) {
        this.adapter = new AnnotationEventHandlerAdapter(projector);
    }

    /** Event i of {@code events} at global index {@code firstPosition + i}. */
    public void feed(List<?> events, long firstPosition) {
        for (int i = 0; i < events.size(); i++) {
            handle(events.get(i), firstPosition + i);
        }
    }

    public void handle(Object event, long position) {
        try {
            adapter.handle(new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                                                            GenericEventMessage.asEventMessage(event)));
        } catch (Exception e) {
            throw new IllegalStateException("The projector failed on " + event, e);
        }
    }

    /** What a reset of the processor does before a replay: the projector's {@code @ResetHandler}. */
    public void reset() {
        adapter.prepareReset();
    }
}
