package vn.thidua.ledger.eventstore;

/**
 * The payload of one stored event as the event serializer wrote it: for a reader that shows the ledger's own text.
 *
 * @param type     the payload's class name as stored
 * @param revision its {@code @Revision} as stored (null: none)
 * @param json     its JSON text as stored
 */
public record StoredPayload(String type, String revision, String json) {
}
