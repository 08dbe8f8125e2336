package vn.thidua.ledger.query.view;

import org.axonframework.eventhandling.EventMessage;

import java.time.Instant;
import vn.thidua.ledger.events.common.MetaDataKeys;

/**
 * What a fold may need besides the payload: the event's global position, its timestamp and who caused it
 * (the {@code principal} metadata every command stamps on its events). Taken from the message, never from the
 * clock, so a replay years later folds to the same bytes.
 */
public record EventFacts(long position, Instant timestamp, String principal) {

    public static EventFacts of(EventMessage<?> message, long position) {
        Object principal = message.getMetaData().get(MetaDataKeys.PRINCIPAL);
        return new EventFacts(position, message.getTimestamp(), principal == null ? null : principal.toString());
    }
}
