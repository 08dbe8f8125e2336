package vn.thidua.ledger.query.audit;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import vn.thidua.ledger.query.audit.AuditEntry.RuleApplied;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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
 * The text is read as a stream of tokens, not as a tree: the tree was a third of what the {@code auditLog} view spent
 * folding an event, and the history keeps no payload (a read takes it from the ledger, {@link AuditPayloads}), so
 * nothing else needs it (docs/benchmarks.md, "Session 44"). Units and rules are listed as a walk of the tree would
 * find them: an object before the objects inside it, fields in their order.
 */
record PayloadFacts(String clusterId, Integer year, Set<String> unitIds, List<RuleApplied> rules,
                    List<String> referencedAggregates) {

    private static final Pattern CAMPAIGN_ID = Pattern.compile("(.+)-(\\d{4})");
    private static final JsonFactory JSON = new JsonFactory();

    static PayloadFacts of(String payload) {
        Scan scan = new Scan();
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), payload)) {
            scan.read(parser);
        }
        ObjectFrame top = scan.top;
        String cluster = top.clusterId;
        Integer year = top.year;
        // Most payloads name their cluster and year themselves: the campaign id is parsed only for what they lack.
        if (top.campaignId != null && (cluster == null || year == null)) {
            Matcher m = CAMPAIGN_ID.matcher(top.campaignId);
            if (m.matches()) {
                cluster = cluster != null ? cluster : m.group(1);
                year = year != null ? year : Integer.valueOf(m.group(2));
            }
        }
        Set<String> units = new LinkedHashSet<>();
        if (top.unitId != null) {
            units.add(top.unitId);
        }
        for (String unit : scan.units) {
            if (unit != null) {
                units.add(unit);
            }
        }
        List<String> references = new ArrayList<>(4);
        // In this order, as AuditScopes#resolve consults them
        for (String reference : new String[] {top.roundId, top.decisionId, top.campaignId, top.clusterId}) {
            if (reference != null) {
                references.add(reference);
            }
        }
        return new PayloadFacts(cluster, year, units, scan.rules(), List.copyOf(references));
    }

    /**
     * One pass over the tokens. Each object keeps the fields that matter here until it ends; its unit and rule go into
     * the slots it took when it began, so an outer object's come before those of the objects inside it.
     */
    private static final class Scan {

        private final List<String> units = new ArrayList<>();
        private final List<RuleApplied> rules = new ArrayList<>();
        private final Deque<ObjectFrame> open = new ArrayDeque<>();
        private ObjectFrame top = new ObjectFrame(0, 0);

        void read(JsonParser parser) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case START_OBJECT -> begin();
                    case END_OBJECT -> close(open.pop());
                    case PROPERTY_NAME -> open.peek().fields++;
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> scalar(parser, token);
                    default -> {
                        // arrays and nulls: nothing to note, an array's objects are read as they come
                    }
                }
            }
        }

        private void begin() {
            ObjectFrame frame = new ObjectFrame(units.size(), rules.size());
            if (open.isEmpty()) {
                top = frame;
            }
            open.push(frame);
            units.add(null);
            rules.add(null);
        }

        private void scalar(JsonParser parser, JsonToken token) {
            if (!open.isEmpty() && parser.streamReadContext().inObject()) {
                open.peek().note(parser, token, open.size() == 1);
            }
        }

        private void close(ObjectFrame frame) {
            if (frame.fields == 2 && frame.id != null && frame.name != null) {
                units.set(frame.unitSlot, frame.id);
            }
            if (frame.ruleSetId != null && frame.ruleCode != null) {
                rules.set(frame.ruleSlot, new RuleApplied(frame.ruleSetId, frame.ruleSetVersion, frame.ruleCode,
                                                          frame.legalSource));
            }
        }

        List<RuleApplied> rules() {
            return rules.stream().filter(Objects::nonNull).distinct().toList();
        }
    }

    /** An object being read: where its unit and rule go, how many fields it has, and those of its fields read here. */
    private static final class ObjectFrame {

        private final int unitSlot;
        private final int ruleSlot;
        private int fields;
        private String id;
        private String name;
        private String ruleSetId;
        private String ruleCode;
        private int ruleSetVersion;
        private String legalSource;
        private String clusterId;
        private Integer year;
        private String campaignId;
        private String unitId;
        private String roundId;
        private String decisionId;

        ObjectFrame(int unitSlot, int ruleSlot) {
            this.unitSlot = unitSlot;
            this.ruleSlot = ruleSlot;
        }

        /**
         * The field just read, if it is one of those. Only those fields' values are decoded: most of a payload is
         * names and text that nothing here needs.
         *
         * @param top whether this is the payload itself, whose own fields name its cluster, year and references
         */
        void note(JsonParser parser, JsonToken token, boolean top) {
            switch (parser.currentName()) {
                case "id" -> id = text(parser, token);
                case "name" -> name = text(parser, token);
                case "ruleSetId" -> ruleSetId = text(parser, token);
                case "ruleCode" -> ruleCode = text(parser, token);
                case "ruleSetVersion" -> ruleSetVersion = token.isNumeric() ? parser.getNumberValue().intValue() : 0;
                case "legalSource" -> legalSource = parser.getString();
                default -> {
                    if (top) {
                        noteOfPayload(parser, token);
                    }
                }
            }
        }

        private void noteOfPayload(JsonParser parser, JsonToken token) {
            switch (parser.currentName()) {
                case "clusterId" -> clusterId = text(parser, token);
                case "year" -> year = token == JsonToken.VALUE_NUMBER_INT
                        && parser.getNumberType() == JsonParser.NumberType.INT ? parser.getIntValue() : null;
                case "campaignId" -> campaignId = text(parser, token);
                case "unitId" -> unitId = text(parser, token);
                case "roundId" -> roundId = text(parser, token);
                case "decisionId" -> decisionId = text(parser, token);
                default -> {
                    // any other field: nothing the audit history files an event under
                }
            }
        }

        private static String text(JsonParser parser, JsonToken token) {
            return token == JsonToken.VALUE_STRING ? parser.getString() : null;
        }
    }
}
