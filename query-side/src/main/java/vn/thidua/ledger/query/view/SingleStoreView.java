package vn.thidua.ledger.query.view;

import com.mongodb.client.MongoDatabase;

import java.util.List;

/** A view kept in one collection, named like its processing group. */
public abstract class SingleStoreView<V> implements StoredView {

    private final ViewStore<V> store;

    protected SingleStoreView(MongoDatabase database, String name, Class<V> type) {
        this.store = new ViewStore<>(database, name, type, ViewJson.mapper());
    }

    public ViewStore<V> store() {
        return store;
    }

    @Override
    public String name() {
        return store.name();
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(store);
    }
}
