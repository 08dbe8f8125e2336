package vn.thidua.ledger.query.view;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Gives each event processor batch a {@link ViewBatch} and writes it once the batch's last event is handled.
 * That is still inside the batch's unit of work, before prepare-commit, where a pooled streaming processor stores
 * its token: if the write fails, the batch rolls back, the token stays, and the events come again (the view
 * documents' positions make that harmless). A unit of work of a single event is written after that event.
 */
public final class ViewBatchInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        ViewBatch batch = ViewBatch.openIn(unitOfWork);
        Object result = interceptorChain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batching) || batching.isLastMessage()) {
            batch.flush();
        }
        return result;
    }
}
