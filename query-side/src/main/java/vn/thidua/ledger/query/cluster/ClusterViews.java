package vn.thidua.ledger.query.cluster;

import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.SingleStoreView;

/** The {@code clusters} view's store. */
@Component
public class ClusterViews extends SingleStoreView<ClusterView> {

    public static final String NAME = "clusters";

    public ClusterViews(@ViewDatabase MongoDatabase database) {
        super(database, NAME, ClusterView.class);
    }
}
