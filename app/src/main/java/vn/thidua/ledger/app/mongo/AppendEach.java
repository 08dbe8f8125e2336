package vn.thidua.ledger.app.mongo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.bwaldvogel.mongo.bson.Document;

/**
 * An update that appends {@code $each} lists to lists, by {@code $push} or by {@code $addToSet}, and may {@code $set}
 * strings, on top-level fields each named once, and nothing else: how the audit history appends positions to its
 * posting lists and moves their version (AuditPostings), and how the stream index adds entries to its chunks
 * (StreamIndex). mongo-java-server applies any update to a deep copy of the document, copies it deeply once more to
 * compare before and after, and looks each {@code $addToSet} value up in the list one element after another; for
 * lists of hundreds of values these were half the server's time in an audit rebuild (docs/benchmarks.md,
 * "Session 18"). {@link #apply} builds the changed document from the stored one instead: a new top-level map, a new
 * list for each field appended to, the other values shared (the stored document's values are never changed in
 * place), and {@code $addToSet}'s look-ups in a hash set. The server's look-up is {@link List#contains}, Java
 * equality, which a hash set answers alike: its documents' hash codes agree with their equality.
 * <p>
 * Only {@code $set}s of strings are taken: for them, "equal" is the same in Java and in MongoDB (numbers would need
 * the server's normalisation, {@code 1 == 1.0}), so a {@code $set} of the value already there changes nothing, as
 * on the server.
 *
 * @param distinct true for {@code $addToSet} (a value already in the list, or earlier in {@code $each}, is left out)
 * @param appends  the values to append, by field, in the update's order
 * @param sets     the strings to set, by field
 */
record AppendEach(boolean distinct, Map<String, List<Object>> appends, Map<String, String> sets) {

    private static final String PUSH = "$push";
    private static final String ADD_TO_SET = "$addToSet";
    private static final String SET = "$set";
    private static final String EACH = "$each";

    /** The update's appends and sets, or null if it is anything else (the server's to apply). */
    static AppendEach of(Document update) {
        boolean distinct = update.containsKey(ADD_TO_SET);
        if (!(update.get(distinct ? ADD_TO_SET : PUSH) instanceof Document append) || append.isEmpty()
                || update.size() != (update.containsKey(SET) ? 2 : 1)) {
            return null;
        }
        Map<String, List<Object>> appends = new LinkedHashMap<>();
        for (Map.Entry<String, Object> entry : append.entrySet()) {
            if (!plain(entry.getKey()) || !(entry.getValue() instanceof Document modifiers) || modifiers.size() != 1
                    || !(modifiers.get(EACH) instanceof List<?> values)) {
                return null;
            }
            appends.put(entry.getKey(), new ArrayList<>(values));
        }
        Map<String, String> sets = new LinkedHashMap<>();
        if (update.containsKey(SET)) {
            if (!(update.get(SET) instanceof Document set)) {
                return null;
            }
            for (Map.Entry<String, Object> entry : set.entrySet()) {
                if (!plain(entry.getKey()) || appends.containsKey(entry.getKey())
                        || !(entry.getValue() instanceof String value)) {
                    return null;
                }
                sets.put(entry.getKey(), value);
            }
        }
        return new AppendEach(distinct, appends, sets);
    }

    /** A field the update may name here: top level (no path), not an operator, not the immutable {@code _id}. */
    private static boolean plain(String field) {
        return !field.isEmpty() && !field.startsWith("$") && !field.contains(".") && !field.equals(LedgerCollection.ID);
    }

    /**
     * {@code stored} as this update leaves it, as a new document ({@code stored} is not changed); or null if a field
     * appended to is missing or not a list, which the server answers (it creates the list, or refuses the update).
     */
    Document apply(Document stored) {
        Document updated = new Document(stored);
        for (Map.Entry<String, List<Object>> append : appends.entrySet()) {
            if (!(stored.get(append.getKey()) instanceof List<?> existing)) {
                return null;
            }
            List<Object> longer = new ArrayList<>(existing.size() + append.getValue().size());
            longer.addAll(existing);
            if (distinct) {
                Set<Object> present = new HashSet<>(existing);
                append.getValue().stream().filter(present::add).forEach(longer::add);
            } else {
                longer.addAll(append.getValue());
            }
            updated.put(append.getKey(), longer);
        }
        sets.forEach((field, value) -> {
            if (!Objects.equals(stored.get(field), value)) {
                updated.put(field, value);
            }
        });
        return updated;
    }
}
