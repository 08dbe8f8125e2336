package vn.thidua.ledger.app.axon;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.UnknownSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.eventstore.UndecodableEventListener;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Events that a view could not take because they cannot be read: an unknown payload type, or a payload or
 * metadata that would not deserialize. Each is logged and kept here for the health endpoint, and processing
 * goes on with the next event, so one unreadable event neither stops a view nor passes unseen.
 */
@Component
public class EventProcessingFailures implements ListenerInvocationErrorHandler, UndecodableEventListener {

    private static final Logger log = LoggerFactory.getLogger(EventProcessingFailures.class);
    private static final int KEPT = 50;

    /** One event a view could not take, and why. */
    public record Failure(String eventId, Long globalIndex, String payloadType, String handler, String reason,
                          Instant seenAt) {
    }

    private final Clock clock;
    /** Recent failures already recorded (a replay meets them again); bounded like the list itself. */
    private final Set<String> seen = Collections.newSetFromMap(Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > 10 * KEPT;
                }
            }));
    private final Deque<Failure> recent = new ArrayDeque<>();
    private final AtomicLong count = new AtomicLong();

    public EventProcessingFailures(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onUnknownPayloadType(TrackedEventMessage<?> event) {
        record(event, "-", "unknown payload type " + payloadTypeName(event)
                + ": no class of this version reads it; add an upcaster or deploy the version that wrote it");
    }

    /**
     * An event whose payload or metadata does not deserialize is recorded and skipped: retrying cannot help,
     * and the rest of the stream must not wait for it. Anything else (MongoDB unreachable, a bug in a fold)
     * is rethrown, so the processor stops on that event and retries it with back-off: a view must never
     * silently miss an event that a rebuild would apply.
     */
    @Override
    public void onError(Exception exception, EventMessage<?> event, EventMessageHandler handler) throws Exception {
        if (!isDecodingFailure(exception)) {
            throw exception;
        }
        record(event, handler.getTargetType().getSimpleName(), exception.getClass().getSimpleName() + ": "
                + exception.getMessage());
    }

    private static boolean isDecodingFailure(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SerializationException) {
                return true;
            }
        }
        return false;
    }

    private void record(EventMessage<?> event, String handler, String reason) {
        if (!seen.add(event.getIdentifier() + "/" + handler)) {
            return;
        }
        Long globalIndex = event instanceof TrackedEventMessage<?> tracked
                ? tracked.trackingToken().position().stream().boxed().findFirst().orElse(null)
                : null;
        Failure failure = new Failure(event.getIdentifier(), globalIndex, payloadTypeName(event), handler, reason,
                                      clock.instant());
        log.error("Event {} at global index {} was not applied by {}: {}", failure.eventId(), globalIndex, handler,
                  reason);
        count.incrementAndGet();
        synchronized (recent) {
            recent.addFirst(failure);
            if (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
    }

    private static String payloadTypeName(EventMessage<?> event) {
        try {
            return UnknownSerializedType.class.equals(event.getPayloadType())
                    ? ((UnknownSerializedType) event.getPayload()).serializedType().getName()
                    : event.getPayloadType().getName();
        } catch (RuntimeException e) {
            return "unreadable";
        }
    }

    public long count() {
        return count.get();
    }

    public List<Failure> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
