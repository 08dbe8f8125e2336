package vn.thidua.ledger.query.testsupport;

import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import vn.thidua.ledger.query.view.ViewBatchInterceptor;

import java.util.ArrayList;
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
        handle(message(event, position));
    }

    /**
     * As a pooled streaming processor does: batching units of work of {@code size} events, through the interceptor
     * that writes each batch's views once; event i of {@code events} at global index {@code firstPosition + i}.
     */
    public void feedInBatches(List<?> events, long firstPosition, int size) {
        for (int start = 0; start < events.size(); start += size) {
            List<TrackedEventMessage<?>> messages = new ArrayList<>();
            for (int i = start; i < Math.min(events.size(), start + size); i++) {
                messages.add(message(events.get(i), firstPosition + i));
            }
            BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
            ViewBatchInterceptor interceptor = new ViewBatchInterceptor();
            ResultMessage<?> result = unitOfWork.executeWithResult(() -> interceptor.handle(unitOfWork, () -> {
                handle(unitOfWork.getMessage());
                return null;
            }));
            // The unit of work returns a failure as its result instead of throwing it.
            if (result.isExceptional()) {
                throw new IllegalStateException("A batch from position " + (firstPosition + start) + " failed",
                                                result.exceptionResult());
            }
        }
    }

    private void handle(TrackedEventMessage<?> message) {
        try {
            adapter.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException("The projector failed on " + message.getPayload(), e);
        }
    }

    private static TrackedEventMessage<?> message(Object event, long position) {
        return new GenericTrackedEventMessage<>(new GlobalSequenceTrackingToken(position),
                                                GenericEventMessage.asEventMessage(event));
    }

    /** What a reset of the processor does before a replay: the projector's {@code @ResetHandler}. */
    public void reset() {
        adapter.prepareReset();
    }
}
