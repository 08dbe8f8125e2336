package vn.thidua.ledger.query.view;

import java.util.List;

/** A {@link RebuildableView} kept in {@link ViewStore}s: collections and checksums come from the stores. */
public interface StoredView extends RebuildableView {

    /** The view's stores, in a fixed order (the combined checksum depends on it). */
    List<ViewStore<?>> stores();

    /**
     * Collections of the view's earlier shape: where a node finds one of them at start, the view is rebuilt
     * ({@code FormerShapes}), and its reset drops them.
     */
    default List<String> formerCollections() {
        return List.of();
    }

    @Override
    default void rebuildBegan() {
        stores().forEach(ViewStore::rebuildBegan);
    }

    @Override
    default void rebuildEnded() {
        stores().forEach(ViewStore::rebuildEnded);
    }

    @Override
    default List<String> collections() {
        return stores().stream().map(ViewStore::name).toList();
    }

    @Override
    default String checksum() {
        return Checksums.combine(collectionChecksums().stream().map(CollectionChecksum::checksum).toList());
    }

    @Override
    default List<CollectionChecksum> collectionChecksums() {
        return stores().stream()
                       .map(store -> new CollectionChecksum(store.name(), store.count(), store.checksum()))
                       .toList();
    }
}
