package vn.thidua.ledger.app.fuzz;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for the schemas of an OpenAPI document, drawn from a seeded {@link Random}: well-formed ones that
 * follow the schema (so a request reaches the domain), and hostile ones that break it in the ways clients
 * and attackers do (wrong types, missing fields, operators, oversize and odd Unicode text).
 */
final class SchemaSamples {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Text that has broken parsers, validators and storage elsewhere: each must be refused or stored faithfully. */
    static final List<String> HOSTILE_TEXT = List.of("", " ", "$where", "$ne", "{\"$gt\": \"\"}", "..", "a/b", "a%2Fb",
            "null", "-1", "0", "9999999999999999999999", "1e309", "NaN", "2022-02-30", "\u0000", "\u202Eevil\u202C",
            "zero\u200Bwidth", "Vu\u0323 Ho\u031Bp ta\u0301c", "\uD800", "<script>alert(1)</script>", "' OR 1=1 --",
            "Ư".repeat(400), "x".repeat(5_000), "🙂", "\r\nX-Injected: 1");

    private final JsonNode components;
    private final Random random;
    private final List<String> knownIds;

    SchemaSamples(JsonNode document, Random random, List<String> knownIds) {
        this.components = document.path("components").path("schemas");
        this.random = random;
        this.knownIds = knownIds;
    }

    /** A value that follows {@code schema}: required fields present, types and enums respected. */
    JsonNode wellFormed(JsonNode schema) {
        return wellFormed(resolve(schema), 0);
    }

    /** A value that breaks {@code schema} in one of several ways, or is valid with hostile text in it. */
    JsonNode hostile(JsonNode schema) {
        JsonNode valid = wellFormed(schema);
        return switch (random.nextInt(6)) {
            case 0 -> NODES.stringNode(pick(HOSTILE_TEXT));
            case 1 -> NODES.arrayNode().add(valid);
            case 2 -> valid instanceof ObjectNode object ? withoutOneField(object) : NODES.nullNode();
            case 3 -> valid instanceof ObjectNode object ? withOneFieldReplaced(object) : NODES.numberNode(-1);
            case 4 -> NODES.objectNode().put("$gt", "");
            default -> withHostileStrings(valid);
        };
    }

    /** A path or query value: mostly a real id or a plausible one, sometimes hostile text. */
    String parameter(JsonNode schema) {
        JsonNode resolved = resolve(schema);
        int dice = random.nextInt(10);
        if (dice < 3) {
            return pick(HOSTILE_TEXT);
        }
        if (dice < 6 && !knownIds.isEmpty() && "string".equals(resolved.path("type").asString())) {
            return pick(knownIds);
        }
        JsonNode value = wellFormed(resolved, 0);
        return value.isString() ? value.asString() : value.toString();
    }

    private JsonNode wellFormed(JsonNode schema, int depth) {
        if (schema.has("enum")) {
            return schema.get("enum").get(random.nextInt(schema.get("enum").size()));
        }
        if (schema.has("oneOf") || schema.has("anyOf")) {
            JsonNode choices = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return wellFormed(resolve(choices.get(random.nextInt(choices.size()))), depth + 1);
        }
        return switch (schema.path("type").asString("object")) {
            case "string" -> NODES.stringNode(text(schema));
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(random.nextInt(100) + random.nextInt(100) / 100.0);
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            case "array" -> array(schema, depth);
            default -> object(schema, depth);
        };
    }

    private ArrayNode array(JsonNode schema, int depth) {
        ArrayNode array = NODES.arrayNode();
        int size = depth > 3 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < size; i++) {
            array.add(wellFormed(resolve(schema.path("items")), depth + 1));
        }
        return array;
    }

    private ObjectNode object(JsonNode schema, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth > 4) {
            return object;
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            object.set(property.getKey(), wellFormed(resolve(property.getValue()), depth + 1));
        }
        return object;
    }

    private String text(JsonNode schema) {
        String format = schema.path("format").asString("");
        return switch (format) {
            case "date" -> LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1500)).toString();
            case "date-time" -> LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1500)) + "T08:00:00Z";
            // Plain ASCII, so that ids pass the id pattern and the run reaches the aggregates; names get Vietnamese.
            default -> !knownIds.isEmpty() && random.nextBoolean() ? pick(knownIds)
                    : schema.has("pattern") ? "mau-" + random.nextInt(1000) : "Đơn vị mẫu " + random.nextInt(1000);
        };
    }

    private long integer(JsonNode schema) {
        long min = schema.path("minimum").asLong(0);
        long max = schema.path("maximum").asLong(min + 3000);
        return min + (long) (random.nextDouble() * (Math.min(max, min + 3000) - min + 1));
    }

    private JsonNode withoutOneField(ObjectNode object) {
        ObjectNode copy = object.deepCopy();
        List<String> names = copy.propertyNames().stream().toList();
        if (!names.isEmpty()) {
            copy.remove(pick(names));
        }
        return copy;
    }

    private JsonNode withOneFieldReplaced(ObjectNode object) {
        ObjectNode copy = object.deepCopy();
        List<String> names = copy.propertyNames().stream().toList();
        if (!names.isEmpty()) {
            JsonNode wrong = switch (random.nextInt(4)) {
                case 0 -> NODES.nullNode();
                case 1 -> NODES.numberNode(random.nextInt());
                case 2 -> NODES.objectNode().put("$ne", 1);
                default -> NODES.stringNode(pick(HOSTILE_TEXT));
            };
            copy.set(pick(names), wrong);
        }
        return copy;
    }

    private JsonNode withHostileStrings(JsonNode value) {
        if (value.isString()) {
            return NODES.stringNode(pick(HOSTILE_TEXT));
        }
        if (value instanceof ObjectNode object) {
            ObjectNode copy = NODES.objectNode();
            object.properties().forEach(e -> copy.set(e.getKey(), random.nextInt(3) == 0 ? withHostileStrings(e.getValue()) : e.getValue()));
            return copy;
        }
        if (value instanceof ArrayNode array) {
            ArrayNode copy = NODES.arrayNode();
            array.forEach(item -> copy.add(withHostileStrings(item)));
            return copy;
        }
        return value;
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current.has("$ref")) {
            String ref = current.get("$ref").asString();
            current = components.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (current.has("allOf")) {
            ObjectNode merged = NODES.objectNode().put("type", "object");
            ObjectNode properties = merged.putObject("properties");
            current.get("allOf").forEach(part -> {
                JsonNode resolved = resolve(part);
                if (resolved.has("properties")) {
                    properties.setAll((ObjectNode) resolved.get("properties"));
                }
            });
            return merged;
        }
        return current;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
