package vn.thidua.ledger.app.mongo;

import java.util.List;
import java.util.Set;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.AbstractSynchronizedMongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * A database of the embedded store. The same map layout as mongo-java-server's {@code H2Database} (names in
 * {@link StoreFile}), but every map holding documents or keys is opened with {@link BsonTypes}. Written out
 * rather than extending {@code H2Database}: that class opens its collections from its constructor, before a
 * subclass could say which types to open them with.
 * <p>
 * The collections named {@code appendOnly} keep their maps in a store of their own ({@code appendOnlyStore}); the
 * database's others, and its list of collections and indexes, in {@code store} ({@link DurableH2Backend}).
 */
final class LedgerDatabase extends AbstractSynchronizedMongoDatabase<Object> {

    private final MVStore store;
    private final MVStore appendOnlyStore;
    private final Set<String> appendOnly;

    LedgerDatabase(String name, MVStore store, CursorRegistry cursorRegistry) {
        this(name, store, store, Set.of(), cursorRegistry);
    }

    LedgerDatabase(String name, MVStore store, MVStore appendOnlyStore, Set<String> appendOnly,
                   CursorRegistry cursorRegistry) {
        super(name, cursorRegistry);
        this.store = store;
        this.appendOnlyStore = appendOnlyStore;
        this.appendOnly = Set.copyOf(appendOnly);
        initializeNamespacesAndIndexes();
    }

    /** The store that holds the maps of {@code collectionName}. */
    private MVStore storeOf(String collectionName) {
        return appendOnly.contains(collectionName) ? appendOnlyStore : store;
    }

    static MVMap<Object, Document> dataMap(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<Object, Document>()
                .keyType(BsonTypes.KEY).valueType(BsonTypes.DOCUMENT));
    }

    static MVMap<Object, Object> indexMap(MVStore store, String mapName) {
        return store.openMap(mapName, new MVMap.Builder<Object, Object>()
                .keyType(BsonTypes.INDEX_KEY).valueType(BsonTypes.KEY));
    }

    /** Per collection: its data size (String → Long, which H2 stores natively, without Java serialization). */
    static MVMap<String, Object> metaMap(MVStore store, String mapName) {
        return store.openMap(mapName);
    }

    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVStore holder = storeOf(collectionName);
        return new LedgerCollection(this, collectionName, options, dataMap(holder, StoreFile.dataMapName(fullName)),
                metaMap(holder, StoreFile.metaMapName(fullName)), cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        String mapName = StoreFile.indexMapName(getFullCollectionNamespace(collectionName), indexName);
        return new LedgerUniqueIndex(indexMap(storeOf(collectionName), mapName), indexName, keys, sparse);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        storeOf(collection.getCollectionName()).removeMap(StoreFile.indexMapName(collection.getFullName(), indexName));
    }

    @Override
    public void dropCollection(String collectionName, Oplog oplog) {
        super.dropCollection(collectionName, oplog);
        String fullName = getFullCollectionNamespace(collectionName);
        MVStore holder = storeOf(collectionName);
        holder.getMapNames().stream()
              .filter(mapName -> StoreFile.belongsToCollection(mapName, fullName))
              .forEach(holder::removeMap);
    }

    @Override
    public void drop(Oplog oplog) {
        super.drop(oplog);
        for (MVStore holder : List.of(store, appendOnlyStore).stream().distinct().toList()) {
            holder.getMapNames().stream()
                  .filter(mapName -> StoreFile.belongsTo(mapName, databaseName))
                  .forEach(holder::removeMap);
        }
    }

    @Override
    public void moveCollection(MongoDatabase oldDatabase, MongoCollection<?> collection, String newCollectionName) {
        if (appendOnly.contains(collection.getCollectionName()) || appendOnly.contains(newCollectionName)) {
            throw new UnsupportedOperationException("An append-only collection keeps its name, and no other takes it: "
                    + collection.getFullName() + " to " + newCollectionName);
        }
        super.moveCollection(oldDatabase, collection, newCollectionName);
        String newFullName = getFullCollectionNamespace(newCollectionName);
        store.renameMap(dataMap(store, StoreFile.dataMapName(collection.getFullName())),
                StoreFile.dataMapName(newFullName));
        store.renameMap(metaMap(store, StoreFile.metaMapName(collection.getFullName())),
                StoreFile.metaMapName(newFullName));
    }

    @Override
    protected long getStorageSize() {
        return store.getFileStore() == null ? 0 : store.getFileStore().size();
    }

    @Override
    protected long getFileSize() {
        return getStorageSize();
    }
}
