package vn.thidua.ledger.query.audit;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.ledger.query.view.ViewJson;

import java.util.List;
import java.util.Map;

/**
 * Gives the entries of a read their payloads from the ledger ({@link LedgerPayloads}), one lookup for a page, and
 * their stored revision with them: the entry shows the contract the payload was written in. The other columns were
 * read from the event as processors get it, upcast: while no upcaster exists they describe the same contract; an
 * upcaster of a secret ballot's event must keep its choices in {@code approved}, or be named here too.
 */
@Component
class AuditPayloads {

    private static final JsonMapper JSON = ViewJson.mapper();

    private final LedgerPayloads ledger;

    AuditPayloads(LedgerPayloads ledger) {
        this.ledger = ledger;
    }

    AuditPage of(AuditPage page) {
        return new AuditPage(of(page.items()), page.page(), page.size(), page.total(), page.order());
    }

    AuditEntry of(AuditEntry entry) {
        return of(List.of(entry)).get(0);
    }

    private List<AuditEntry> of(List<AuditEntry> entries) {
        Map<Long, LedgerPayloads.Payload> stored = ledger.at(entries.stream().map(AuditEntry::position).toList());
        return entries.stream().map(entry -> withPayload(entry, stored.get(entry.position()))).toList();
    }

    /**
     * An entry the ledger has no event for (none can be, short of an edit by hand) is shown as the history holds it:
     * without a payload, or with the copy an earlier version kept.
     */
    private static AuditEntry withPayload(AuditEntry entry, LedgerPayloads.Payload stored) {
        String revision = stored == null ? entry.revision() : stored.revision();
        JsonNode payload = stored == null ? entry.payload() : JSON.readTree(stored.json());
        if (payload == null) {
            return entry;
        }
        return entry.withPayload(revision,
                                 AuditEntries.ANONYMOUS_BALLOT.equals(entry.actor()) ? withoutChoices(payload) : payload);
    }

    /**
     * A secret ballot's choices stay out of the audit history: read while the round is open they would give
     * a running tally, and with the ballot's exact time they could point at a voter. They are counted in the
     * round's result when it closes; the receipt stays, so a voter can still find their ballot.
     */
    private static JsonNode withoutChoices(JsonNode payload) {
        if (payload instanceof ObjectNode object) {
            ObjectNode copy = object.deepCopy();
            copy.remove("approved");
            return copy;
        }
        return payload;
    }
}
