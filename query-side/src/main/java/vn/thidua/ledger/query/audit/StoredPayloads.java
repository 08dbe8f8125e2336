package vn.thidua.ledger.query.audit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.util.RawValue;
import vn.thidua.ledger.query.view.ViewJson;

/**
 * The payload as an audit entry holds it until its block is written: the event store's JSON text itself, copied into
 * the block as it is, where that gives the very bytes that writing its tree would. Writing the tree again cost about
 * a seventh of an {@code auditLog} rebuild's CPU (docs/benchmarks.md, "Session 30"), for text the serializer had just
 * produced, and reading it a third of the fold ("Session 44").
 * <p>
 * The same bytes, because a block is written more than once live (each batch that adds to it writes it whole, the
 * earlier entries read back as trees) but once in a rebuild, and the two must be identical (the rebuild checksum). The
 * event serializer writes compact JSON, and for strings, integers, booleans and nulls a tree writes back the text it
 * was read from; not for a floating-point number ({@code 12.50} becomes {@code 12.5}), so a payload with one is read
 * as a tree. {@code StoredPayloadsTest} holds this for text of every kind of value, {@code AuditProjectorTest} for
 * blocks written live and in a rebuild, and the application's {@code ViewRebuildHttpTest} for the text the event
 * store's own serializer writes, over the demo year (it fails when the kept text differs from the tree's bytes).
 */
final class StoredPayloads {

    private static final JsonMapper JSON = ViewJson.mapper();

    private StoredPayloads() {
    }

    /** @param text the payload's JSON as stored; {@code facts} what was read from it */
    static JsonNode of(String text, PayloadFacts facts) {
        return facts.floatingPoint() ? tree(text) : JsonNodeFactory.instance.rawValueNode(new RawValue(text));
    }

    /** The payload read as a tree, for an entry that writes it other than as stored. */
    static JsonNode tree(String text) {
        return JSON.readTree(text);
    }
}
