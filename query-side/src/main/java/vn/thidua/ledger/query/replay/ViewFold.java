package vn.thidua.ledger.query.replay;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import vn.thidua.ledger.query.view.ViewBatch;

import java.util.ArrayList;
import java.util.List;

/**
 * One view's part in a {@link BulkRebuild}: its processor's handlers, fed a window of the stream at a time, as the
 * processor would feed them a batch. The window's events the view takes are folded in one {@link BatchingUnitOfWork}
 * with one {@link ViewBatch}, written when the unit commits; the handlers get the same messages (tracking token
 * included) and the same replay status as in Axon's replay, so they fold the same views. What is left out is
 * Axon's work per event that a rebuild does not need: the processor's interceptors (a result message with the
 * correlation data of every event, which nothing here dispatches), its token store write per batch and its
 * coordinator. The token is kept here; {@link ClaimedView} stores it every few seconds and at the end.
 */
final class ViewFold {

    private final String name;
    private final EventHandlerInvoker handlers;
    private final TransactionManager transactions;
    private TrackingToken token;

    /**
     * @param tokenAtReset the processor's token before the rebuild: the events up to it are a replay to the
     *                     handlers ({@code ReplayStatus}), as after Axon's reset
     */
    ViewFold(String name, EventHandlerInvoker handlers, TransactionManager transactions, TrackingToken tokenAtReset) {
        this.name = name;
        this.handlers = handlers;
        this.transactions = transactions;
        this.token = ReplayToken.createReplayToken(tokenAtReset, null);
    }

    String name() {
        return name;
    }

    /** The token of the last window folded: where the processor goes on. */
    TrackingToken token() {
        return token;
    }

    boolean takes(EventMessage<?> event) {
        return handlers.canHandle(event, Segment.ROOT_SEGMENT);
    }

    /** Clears the view: its {@code @ResetHandler}s, as Axon's reset calls them. */
    void reset() {
        transactions.executeInTransaction(handlers::performReset);
    }

    /**
     * Folds the events of {@code window} this view takes ({@code bit} set in their {@link EventWindows.Window#takers})
     * and advances the token past the whole window, only once it is written.
     */
    void fold(EventWindows.Window window, int bit) {
        TrackingToken advanced = token;
        List<TrackedEventMessage<?>> taken = new ArrayList<>();
        for (int i = 0; i < window.events().size(); i++) {
            TrackedEventMessage<?> event = window.events().get(i);
            advanced = WrappedToken.advance(advanced, event.trackingToken());
            if ((window.takers()[i] & (1L << bit)) != 0) {
                taken.add(event.withTrackingToken(advanced));
            }
        }
        if (!taken.isEmpty()) {
            write(taken);
        }
        token = advanced;
    }

    private void write(List<TrackedEventMessage<?>> taken) {
        BatchingUnitOfWork<TrackedEventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(taken);
        unitOfWork.attachTransaction(transactions);
        ViewBatch batch = ViewBatch.openIn(unitOfWork);
        unitOfWork.onPrepareCommit(done -> batch.flush());
        ResultMessage<?> result = unitOfWork.executeWithResult(() -> {
            handlers.handle(unitOfWork.getMessage(), Segment.ROOT_SEGMENT);
            return null;
        });
        if (result.isExceptional()) {
            throw new IllegalStateException("View " + name + " could not fold events up to "
                                            + taken.get(taken.size() - 1).trackingToken(), result.exceptionResult());
        }
    }
}
