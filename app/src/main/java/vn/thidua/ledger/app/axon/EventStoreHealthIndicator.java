package vn.thidua.ledger.app.axon;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Health of the event store and of the views fed from it: the head of the global stream, each processor's
 * position and lag behind it, and the events a view could not take. Failed events make the status
 * {@code DEGRADED} (views are served, but incomplete); a processor in error makes it {@code DOWN}.
 */
@Component("eventStore")
public class EventStoreHealthIndicator implements HealthIndicator {

    static final Status DEGRADED = new Status("DEGRADED", "Some events were not applied to the views");

    private final MongoEventStorageEngine engine;
    private final EventProcessingConfiguration processing;
    private final EventProcessingFailures failures;

    public EventStoreHealthIndicator(MongoEventStorageEngine engine, EventProcessingConfiguration processing,
                                     EventProcessingFailures failures) {
        this.engine = engine;
        this.processing = processing;
        this.failures = failures;
    }

    @Override
    public Health health() {
        long head = engine.headIndex();
        Map<String, Object> processors = new TreeMap<>();
        boolean inError = false;
        for (var entry : processing.eventProcessors().entrySet()) {
            if (entry.getValue() instanceof StreamingEventProcessor streaming) {
                Map<String, Object> details = details(streaming, head);
                inError |= Boolean.TRUE.equals(details.get("error"));
                processors.put(entry.getKey(), details);
            }
        }
        Health.Builder health = inError ? Health.down() : failures.count() > 0 ? Health.status(DEGRADED) : Health.up();
        return health.withDetail("head", head)
                     .withDetail("processors", processors)
                     .withDetail("failedEvents", failures.count())
                     .withDetail("recentFailures", failures.recent())
                     .build();
    }

    private static Map<String, Object> details(StreamingEventProcessor processor, long head) {
        long position = processor.processingStatus().values().stream()
                                 .mapToLong(status -> status.getCurrentPosition().orElse(0))
                                 .min().orElse(0);
        boolean error = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("running", processor.isRunning());
        details.put("position", position);
        details.put("lag", Math.max(0, head - position));
        details.put("replaying", processor.isReplaying());
        details.put("error", error);
        return details;
    }
}
