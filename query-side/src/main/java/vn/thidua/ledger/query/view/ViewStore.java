package vn.thidua.ledger.query.view;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One view's collection: a document per view instance, keyed by {@code _id}, holding the view as its JSON
 * text and the global index of the last event folded into it.
 * <p>
 * Delivery is at-least-once, so {@link #fold} skips an event at or below the stored position: applying an
 * event twice is harmless. The JSON text (not a BSON translation of it) is what is stored, compared and
 * checksummed, so a rebuilt view is byte-identical to the live one or the checksum says otherwise.
 *
 * @param <V> the view's immutable record type
 */
public final class ViewStore<V> {

    private static final String POSITION = "position";
    private static final String JSON = "json";

    private final String name;
    private final MongoCollection<Document> collection;
    private final JsonMapper json;
    private final Class<V> type;

    public ViewStore(MongoDatabase database, String name, Class<V> type, JsonMapper json) {
        this.name = name;
        this.collection = database.getCollection(name);
        this.type = type;
        this.json = json;
    }

    public String name() {
        return name;
    }

    public Optional<Versioned<V>> find(String id) {
        return Optional.ofNullable(collection.find(Filters.eq("_id", id)).first()).map(this::versioned);
    }

    public List<Versioned<V>> findAll(Collection<String> ids) {
        List<Versioned<V>> found = new ArrayList<>();
        collection.find(Filters.in("_id", ids)).forEach(document -> found.add(versioned(document)));
        return found;
    }

    /** Like {@link #findAll} but keyed by id, for callers that must tell the found views apart. */
    public Map<String, Versioned<V>> findAllById(Collection<String> ids) {
        Map<String, Versioned<V>> found = new LinkedHashMap<>();
        collection.find(Filters.in("_id", ids)).forEach(document -> found.put(document.getString("_id"), versioned(document)));
        return found;
    }

    /**
     * Folds one event into the view {@code id}: {@code step} gets the current view ({@code null} if there is
     * none yet) and returns the next. Skipped when the view already holds the event's position. A step that
     * returns the very state it got (an event the view does not take) writes nothing, so the position, and the
     * ETag, stay those of the last event that changed the view, as in an as-of fold of the same events.
     */
    public void fold(String id, long position, UnaryOperator<V> step) {
        Document current = collection.find(Filters.eq("_id", id)).first();
        if (current != null && current.get(POSITION, Number.class).longValue() >= position) {
            return;
        }
        V state = current == null ? null : read(current.getString(JSON));
        V next = step.apply(state);
        if (next == state) {
            return;
        }
        collection.replaceOne(Filters.eq("_id", id),
                              new Document("_id", id).append(POSITION, position).append(JSON, json.writeValueAsString(next)),
                              new ReplaceOptions().upsert(true));
    }

    /** Drops every document: the first step of a rebuild. */
    public void clear() {
        collection.drop();
    }

    /** SHA-256 over every document's id and JSON, in id order: equal checksums mean identical views. */
    public String checksum() {
        SortedMap<String, String> documents = new TreeMap<>();
        collection.find().forEach(document -> documents.put(document.getString("_id"), document.getString(JSON)));
        return Checksums.of(documents);
    }

    public long count() {
        return collection.countDocuments();
    }

    private Versioned<V> versioned(Document document) {
        return new Versioned<>(read(document.getString(JSON)), document.get(POSITION, Number.class).longValue());
    }

    private V read(String text) {
        return json.readValue(text, type);
    }
}
