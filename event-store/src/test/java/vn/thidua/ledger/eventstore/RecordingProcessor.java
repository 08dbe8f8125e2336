package vn.thidua.ledger.eventstore;

import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/** A pooled streaming processor on our engine that records every event it handles, with its position. */
final class RecordingProcessor implements AutoCloseable {

    final List<Long> positions = Collections.synchronizedList(new ArrayList<>());
    final List<String> eventIds = Collections.synchronizedList(new ArrayList<>());
    final PooledStreamingEventProcessor processor;
    private final EmbeddedEventStore eventStore;

    RecordingProcessor(MongoEventStorageEngine engine, TokenStore tokenStore, String name,
                       Consumer<EventMessage<?>> onEvent) {
        this.eventStore = EmbeddedEventStore.builder().storageEngine(engine).build();
        EventMessageHandler handler = event -> {
            OptionalLong position = ((TrackedEventMessage<?>) event).trackingToken().position();
            positions.add(position.orElseThrow());
            eventIds.add(event.getIdentifier());
            onEvent.accept(event);
            return null;
        };
        this.processor = PooledStreamingEventProcessor.builder()
                .name(name)
                .eventHandlerInvoker(SimpleEventHandlerInvoker.builder().eventHandlers(handler).build())
                .messageSource(eventStore)
                .tokenStore(tokenStore)
                .transactionManager(NoTransactionManager.INSTANCE)
                .coordinatorExecutor(Executors.newSingleThreadScheduledExecutor())
                .workerExecutor(Executors.newScheduledThreadPool(1))
                .initialSegmentCount(1)
                .batchSize(100)
                .build();
    }

    RecordingProcessor(MongoEventStorageEngine engine, TokenStore tokenStore, String name) {
        this(engine, tokenStore, name, event -> { });
    }

    RecordingProcessor start() {
        processor.start();
        return this;
    }

    int count() {
        return positions.size();
    }

    @Override
    public void close() {
        processor.shutDown();
        eventStore.shutDown();
    }
}
