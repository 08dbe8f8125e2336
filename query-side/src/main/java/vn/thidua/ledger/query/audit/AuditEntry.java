package vn.thidua.ledger.query.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * Một dòng của nhật ký kiểm toán (one line of the audit history): one event of the ledger, domain or not, with
 * who did it, why, under which rule, in which cluster/year/unit, and the payload as stored.
 *
 * @param position      global index of the event: its place in the history (and in its block of the store)
 * @param type          the payload's simple class name, e.g. {@code ScoreAdjusted}
 * @param revision      the payload's {@code @Revision}, so old entries can be read against the right contract
 * @param actor         the principal from the event's metadata; {@code anonymous-ballot} for a secret ballot
 * @param actingUnitId  the unit a unit representative acted for (metadata {@code unitId})
 * @param rules         every rule reference found in the payload (rule set, version, rule code, legal source)
 * @param clusterId     cluster the event belongs to, from the payload or from the aggregate it refers to
 * @param year          emulation year the event belongs to, likewise
 * @param unitIds       units the event concerns (every unit named in the payload, and the acting unit)
 * @param summary       one human-readable line
 * @param payload       the event's payload as the ledger stores it: not kept in the history, which is an index over the
 *                      ledger, but read from the ledger with the entry ({@link AuditPayloads}); a secret ballot's
 *                      without its choices
 */
public record AuditEntry(long position, Instant timestamp, String eventId, String type, String payloadType,
                         String revision, String aggregateType, String aggregateId, Long sequence, String actor,
                         List<String> roles, String actingUnitId, String reason, String requestId,
                         String correlationId, String traceId, List<RuleApplied> rules, String clusterId,
                         Integer year, List<String> unitIds, String summary,
                         @JsonInclude(JsonInclude.Include.NON_NULL) JsonNode payload) {

    public AuditEntry {
        roles = List.copyOf(roles);
        rules = List.copyOf(rules);
        unitIds = List.copyOf(unitIds);
    }

    /** This entry with the payload and revision the ledger stores for its event. */
    AuditEntry withPayload(String storedRevision, JsonNode storedPayload) {
        return new AuditEntry(position, timestamp, eventId, type, payloadType, storedRevision, aggregateType, aggregateId,
                              sequence, actor, roles, actingUnitId, reason, requestId, correlationId, traceId, rules,
                              clusterId, year, unitIds, summary, storedPayload);
    }

    /** Căn cứ quy định: the rule set version and rule that decided something in the event. */
    public record RuleApplied(String ruleSetId, int ruleSetVersion, String ruleCode, String legalSource) {
    }
}
