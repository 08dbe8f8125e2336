package vn.thidua.ledger.app.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Builds the JSON bodies of demo steps; keys keep their order so logged bodies read like docs/api.md. */
final class JsonBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonBody() {
    }

    /** {@code object("a", 1, "b", "x")} → {@code {"a":1,"b":"x"}}; values: strings, numbers, lists, maps. */
    static String object(Object... keysAndValues) {
        return JSON.writeValueAsString(map(keysAndValues));
    }

    static Map<String, Object> map(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("keys and values come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
