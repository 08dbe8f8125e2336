package vn.thidua.ledger.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;

/**
 * Told about a stored event whose payload type no class of this build knows (after upcasting). Axon's
 * processors skip such an event silently, since no handler can take it; this hook makes the skip visible.
 */
@FunctionalInterface
public interface UndecodableEventListener {

    UndecodableEventListener NONE = event -> { };

    void onUnknownPayloadType(TrackedEventMessage<?> event);
}
