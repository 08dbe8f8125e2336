package vn.thidua.ledger.query.cluster;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.List;

/** The {@code clusters} view's store. */
@Component
public class ClusterViews implements StoredView {

    public static final String NAME = "clusters";

    private final ViewStore<ClusterView> store;

    public ClusterViews(MongoDatabase database) {
        this.store = new ViewStore<>(database, NAME, ClusterView.class, ViewJson.mapper());
    }

    public ViewStore<ClusterView> store() {
        return store;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(store);
    }
}
