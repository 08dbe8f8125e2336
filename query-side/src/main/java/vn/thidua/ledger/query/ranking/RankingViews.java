package vn.thidua.ledger.query.ranking;

import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.SingleStoreView;

/** The {@code rankings} view's store: one document per campaign, {@code _id} = campaign id. */
@Component
public class RankingViews extends SingleStoreView<RankingView> {

    public static final String NAME = "rankings";

    public RankingViews(@ViewDatabase MongoDatabase database) {
        super(database, NAME, RankingView.class);
    }
}
