package vn.thidua.ledger.app.mongo;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.ArrayFilters;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.exception.DuplicateKeyError;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded store: mongo-java-server's {@link H2Collection} without costs that profiles of
 * a view rebuild found on every write and read (docs/benchmarks.md, "The embedded store's per-document costs").
 * <ul>
 *   <li><b>No data size.</b> The stock collection encodes every inserted document, and an updated one twice (before
 *   and after), only to keep the size that {@code collStats} reports, and stores that counter with each write: 16 %
 *   of the server's CPU in a rebuild. Nothing here reads it; {@code collStats} reports the size last kept (0 for a
 *   collection created since).</li>
 *   <li><b>{@code $in} matched by hash.</b> After its unique index found the documents of
 *   {@code {<field>: {$in: [...]}}}, the server matches each against the whole list, a linear scan with number
 *   normalisation per element: quadratic in the list, which the views and the event store send 100–2,000 values long
 *   (ids, commit keys). Where the list holds only strings, or only 64-bit integers, and the document's field has that
 *   same type, membership in a hash set is the same answer; anything else (an array, another type, no such field)
 *   goes to the server's matcher.</li>
 *   <li><b>A string {@code _id} inserted with one look-up, and queried with more from its index</b> ({@link #addDocument},
 *   {@link #queryDocuments}; docs/benchmarks.md, "Session 14").</li>
 *   <li><b>Appends to lists without copying them twice</b> ({@link AppendEach}, {@link #updateDocuments}).</li>
 * </ul>
 */
final class LedgerCollection extends H2Collection {

    static final String ID = "_id";
    private static final String ID_INDEX = "_id_";

    private final MVMap<Object, Document> dataMap;

    /** The set of the query last matched: a query matches its documents one after another, often from two threads. */
    private volatile InSet lastInSet;

    LedgerCollection(MongoDatabase database, String collectionName, CollectionOptions options,
                     MVMap<Object, Document> dataMap, MVMap<String, Object> metaMap, CursorRegistry cursorRegistry) {
        super(database, collectionName, options, dataMap, metaMap, cursorRegistry);
        this.dataMap = dataMap;
    }

    /**
     * A document with a string {@code _id} (every view document and most of the event store's) is put in the data
     * map, which is keyed by {@code _id}, only if absent: that one step is the {@code _id} index's uniqueness check,
     * which the stock code makes first with a look-up of its own (and then puts the document whatever it finds).
     * The other unique indexes are checked before, as by the stock code, so a duplicate anywhere adds nothing.
     */
    @Override
    public synchronized void addDocument(Document document) {
        Index<Object> idIndex = idIndex();
        if (!(document.get(ID) instanceof String id) || idIndex == null) {
            super.addDocument(document);
            return;
        }
        for (Index<Object> index : getIndexes()) {
            if (index != idIndex) {
                index.checkAdd(document, this);
            }
        }
        if (dataMap.putIfAbsent(id, document) != null) {
            throw new DuplicateKeyError(idIndex, this, idIndex.getKeys(), new KeyValue(id));
        }
        for (Index<Object> index : getIndexes()) {
            index.add(document, id, this);
        }
    }

    private Index<Object> idIndex() {
        for (Index<Object> index : getIndexes()) {
            if (ID_INDEX.equals(index.getName())) {
                return index;
            }
        }
        return null;
    }

    /**
     * A query on a string {@code _id} and other fields (a view's compare-and-set on its position) is answered by one
     * look-up of the data map, keyed by {@code _id}, then matched: the stock code uses an index only for a query on
     * exactly its fields and scans the whole collection otherwise, where MongoDB uses the {@code _id} index.
     */
    @Override
    protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit, int batchSize,
                                         Document fieldSelector) {
        if (query.size() > 1 && query.get(ID) instanceof String id) {
            return matchDocumentsFromStream(Stream.ofNullable(dataMap.get(id)), query, orderBy, numberToSkip, limit,
                                            batchSize, fieldSelector);
        }
        return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    /**
     * An update of one document that appends to lists ({@link AppendEach}: {@code $push} or {@code $addToSet} of
     * {@code $each} lists, and {@code $set}s of strings) is applied here, as the server applies it: to the first document
     * the selector finds, its unique indexes checked and then moved, the counts of matched and modified documents
     * answered; but without the server's two deep copies. Anything else, and any case {@link AppendEach} leaves out (no
     * document, so maybe an upsert; a field that is not a list), goes to the server's code, before anything is changed.
     */
    @Override
    public synchronized Document updateDocuments(Document selector, Document updateQuery, ArrayFilters arrayFilters,
                                                 boolean isMulti, boolean isUpsert, Oplog oplog) {
        AppendEach update = isMulti || !arrayFilters.isEmpty() ? null : AppendEach.of(updateQuery);
        if (update == null) {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        }
        Iterator<Document> found = queryDocuments(selector, null, 0, 0, 0, null).iterator();
        Document stored = found.hasNext() ? found.next() : null;
        Document updated = stored == null ? null : update.apply(stored);
        if (updated == null) {
            return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
        }
        boolean modified = !updated.equals(stored);
        if (modified) {
            // One position, as the stock code requires of a changed document (getSinglePosition); else its error.
            Set<Object> positions = new HashSet<>();
            getIndexes().forEach(index -> positions.add(index.getPosition(stored)));
            positions.remove(null);
            if (positions.size() != 1) {
                return super.updateDocuments(selector, updateQuery, arrayFilters, isMulti, isUpsert, oplog);
            }
            Object position = positions.iterator().next();
            getIndexes().forEach(index -> index.checkUpdate(stored, updated, this));
            getIndexes().forEach(index -> index.updateInPlace(stored, updated, position, this));
            handleUpdate(position, stored, updated);
        }
        oplog.handleUpdate(getFullName(), selector, updateQuery, modified ? List.of(stored.get(ID)) : List.of());
        return new Document("n", 1).append("nModified", modified ? 1 : 0);
    }

    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        InSet last = lastInSet;
        InSet set = last != null && last.query == query ? last : (lastInSet = InSet.of(query));
        Object value = set.field == null ? null : document.get(set.field);
        if (value != null && value.getClass() == set.type) {
            return set.values.contains(value);
        }
        return super.documentMatchesQuery(document, query);
    }

    /**
     * A query and, if it is a plain {@code $in} on one top-level field ({@link InList}), that field, the type and the
     * hash set of its values; else no field.
     */
    private record InSet(Document query, String field, Class<?> type, Set<Object> values) {

        static InSet of(Document query) {
            InList list = InList.of(query);
            return list == null ? new InSet(query, null, null, Set.of())
                    : new InSet(query, list.field(), list.type(), new HashSet<>(list.values()));
        }
    }
}
