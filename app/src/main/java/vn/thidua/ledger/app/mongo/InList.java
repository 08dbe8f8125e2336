package vn.thidua.ledger.app.mongo;

import java.util.Collection;
import java.util.List;

import de.bwaldvogel.mongo.bson.Document;

/**
 * The values of a query {@code {<field>: {$in: [...]}}} and nothing else, on one top-level field, when they are all
 * strings or all 64-bit integers: what the views ({@code _id}s) and the event store (global indexes, commit keys) send,
 * 100–2,000 values long. For these two types Java's own equality and order are mongo-java-server's
 * ({@code ValueComparator}: strings by {@code compareTo}, numbers by value, and two longs are equal as numbers exactly
 * when they are equal as longs), so the embedded store can look them up and match them without the server's general,
 * per-comparison type dispatch, which a profile of the commands found to be 16 % of the server's CPU.
 *
 * @param field  the field the query lists values of
 * @param type   {@code String.class} or {@code Long.class}
 * @param values the listed values, in the query's order, duplicates kept
 */
record InList(String field, Class<?> type, List<Object> values) {

    private static final String IN = "$in";

    /** The list of {@code query}, or null if it is anything else (another shape, a mix of types, a null). */
    static InList of(Document query) {
        if (query.size() != 1) {
            return null;
        }
        String field = query.keySet().iterator().next();
        // An operator ($and, ...) or a dotted path (into arrays and subdocuments) is the server's to match.
        if (field.startsWith("$") || field.contains(".") || !(query.get(field) instanceof Document condition)
                || condition.size() != 1 || !(condition.get(IN) instanceof Collection<?> list) || list.isEmpty()) {
            return null;
        }
        // A null anywhere (first included: "null or missing") is the server's to match.
        Object head = list.iterator().next();
        Class<?> type = head == null ? null : head.getClass();
        if (type != String.class && type != Long.class) {
            return null;
        }
        for (Object value : list) {
            if (value == null || value.getClass() != type) {
                return null;
            }
        }
        return new InList(field, type, List.copyOf(list));
    }

    /** As {@link #of(Document)}, for a list of {@code field} only. */
    static InList of(Document query, String field) {
        InList list = of(query);
        return list != null && list.field.equals(field) ? list : null;
    }
}
