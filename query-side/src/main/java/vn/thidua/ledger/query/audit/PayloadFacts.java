package vn.thidua.ledger.query.audit;

import tools.jackson.databind.JsonNode;
import vn.thidua.ledger.query.audit.AuditEntry.RuleApplied;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the audit history can learn from a payload's JSON without knowing its type, so a new event type is
 * indexed without touching this class: the contract's naming conventions are the schema.
 * <ul>
 *   <li>{@code clusterId}, {@code year} at the top level; a {@code campaignId} is {@code <clusterId>-<year>};</li>
 *   <li>a unit is any object of exactly {@code {id, name}} (the contract's {@code UnitRef}), at any depth,
 *       or a top-level {@code unitId};</li>
 *   <li>a rule reference is any object with {@code ruleSetId} and {@code ruleCode}, at any depth;</li>
 *   <li>{@code roundId}, {@code decisionId}, {@code campaignId}, {@code clusterId} name other aggregates whose
 *       cluster and year the event may inherit.</li>
 * </ul>
 */
record PayloadFacts(String clusterId, Integer year, Set<String> unitIds, List<RuleApplied> rules,
                    List<String> referencedAggregates) {

    private static final Pattern CAMPAIGN_ID = Pattern.compile("(.+)-(\\d{4})");
    private static final List<String> REFERENCES = List.of("roundId", "decisionId", "campaignId", "clusterId");

    static PayloadFacts of(JsonNode payload) {
        String cluster = text(payload, "clusterId");
        Integer year = payload.path("year").canConvertToInt() && payload.path("year").isIntegralNumber()
                ? payload.get("year").intValue() : null;
        String campaign = text(payload, "campaignId");
        if (campaign != null) {
            Matcher m = CAMPAIGN_ID.matcher(campaign);
            if (m.matches()) {
                cluster = cluster != null ? cluster : m.group(1);
                year = year != null ? year : Integer.valueOf(m.group(2));
            }
        }
        Set<String> units = new LinkedHashSet<>();
        if (text(payload, "unitId") != null) {
            units.add(text(payload, "unitId"));
        }
        List<RuleApplied> rules = new ArrayList<>();
        walk(payload, units, rules);
        List<String> references = REFERENCES.stream().map(field -> text(payload, field))
                                            .filter(value -> value != null).toList();
        return new PayloadFacts(cluster, year, units, rules.stream().distinct().toList(), references);
    }

    private static void walk(JsonNode node, Set<String> units, List<RuleApplied> rules) {
        if (node.isObject()) {
            if (node.size() == 2 && node.path("id").isString() && node.path("name").isString()) {
                units.add(node.get("id").stringValue());
            }
            if (node.path("ruleSetId").isString() && node.path("ruleCode").isString()) {
                rules.add(new RuleApplied(node.get("ruleSetId").stringValue(), node.path("ruleSetVersion").asInt(),
                                          node.get("ruleCode").stringValue(), node.path("legalSource").asString(null)));
            }
        }
        if (node.isContainer()) {
            node.values().forEach(child -> walk(child, units, rules));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
