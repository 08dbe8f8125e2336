package vn.thidua.ledger.query.ranking;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.List;

/** The {@code rankings} view's store: one document per campaign, {@code _id} = campaign id. */
@Component
public class RankingViews implements StoredView {

    public static final String NAME = "rankings";

    private final ViewStore<RankingView> store;

    public RankingViews(MongoDatabase database) {
        this.store = new ViewStore<>(database, NAME, RankingView.class, ViewJson.mapper());
    }

    public ViewStore<RankingView> store() {
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
