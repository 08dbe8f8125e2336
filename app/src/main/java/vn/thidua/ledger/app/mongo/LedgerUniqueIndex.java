package vn.thidua.ledger.app.mongo;

import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map.Entry;
import java.util.TreeSet;

import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;

/**
 * A unique index of the embedded store: indexed values → the document's position, in an MVStore map with
 * {@link BsonTypes} keys. Same behaviour as mongo-java-server's {@code H2UniqueIndex} (whose constructor is
 * not public), on a map that does not use Java serialization.
 * <p>
 * A query {@code {<key>: {$in: [...]}}} of strings or of longs ({@link InList}) is looked up in Java's order of
 * those values, the order and the positions the stock index finds through a {@code TreeSet} ordered by the server's
 * {@code ValueComparator}: the event store's readers send one such list with every poll.
 */
final class LedgerUniqueIndex extends AbstractUniqueIndex<Object> {

    private final MVMap<Object, Object> map;
    /** The indexed field, if the index has one and it is not a dotted path: its string values take the short path. */
    private final String plainField;

    LedgerUniqueIndex(MVMap<Object, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.map = map;
        this.plainField = keys.size() == 1 && !keys.get(0).getKey().contains(".") ? keys.get(0).getKey() : null;
    }

    /**
     * Every inserted document's {@code _id} and view version {@code v} is a string. For those the stock code builds
     * the key through maps, streams and a path lookup, twice ({@code checkAdd}, then {@code add}), and then looks the
     * key up before it puts it: a third of the embedded server's time in a view's rebuild. A string is its own
     * normalized key and its own key in the map ({@link BsonTypes#indexKey}), so one {@code putIfAbsent} decides.
     * Anything else (a missing value, a number, an array, a subdocument, a dotted path) takes the stock path.
     */
    private String plainKey(Document document) {
        return plainField != null && document.get(plainField) instanceof String value ? value : null;
    }

    @Override
    public synchronized void checkAdd(Document document, MongoCollection<Object> collection) {
        String key = plainKey(document);
        if (key == null) {
            super.checkAdd(document, collection);
        } else if (map.containsKey(key)) {
            throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(key));
        }
    }

    @Override
    public synchronized void add(Document document, Object position, MongoCollection<Object> collection) {
        String key = plainKey(document);
        if (key == null) {
            super.add(document, position, collection);
        } else if (map.putIfAbsent(key, Missing.ofNullable(position)) != null) {
            throw new DuplicateKeyError(this, collection, getKeys(), new KeyValue(key));
        }
    }

    @Override
    public synchronized Iterable<Object> getPositions(Document query) {
        InList list = keys().size() == 1 ? InList.of(query, keys().get(0)) : null;
        if (list == null) {
            return super.getPositions(query);
        }
        List<Object> positions = new ArrayList<>(list.values().size());
        for (Object value : new TreeSet<>(list.values())) {
            // normalised as the stored keys are (a long becomes the double the index holds), so that the look-up
            // compares two doubles, not a long with a double through the server's general order
            Object position = getPosition(new KeyValue(value).normalized());
            if (position != null) {
                positions.add(position);
            }
        }
        return positions;
    }

    @Override
    protected Object removeDocument(KeyValue keyValue) {
        return map.remove(BsonTypes.indexKey(keyValue));
    }

    @Override
    protected boolean putKeyPosition(KeyValue keyValue, Object position) {
        return map.putIfAbsent(BsonTypes.indexKey(keyValue), Missing.ofNullable(position)) == null;
    }

    @Override
    protected Iterable<Entry<KeyValue, Object>> getIterable() {
        return () -> map.entrySet().stream()
                        .map(entry -> (Entry<KeyValue, Object>) new SimpleImmutableEntry<>(
                                BsonTypes.keyValue(entry.getKey()), entry.getValue()))
                        .iterator();
    }

    @Override
    protected Object getPosition(KeyValue keyValue) {
        return map.get(BsonTypes.indexKey(keyValue));
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public boolean isEmpty() {
        return map.isEmpty();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }
}
