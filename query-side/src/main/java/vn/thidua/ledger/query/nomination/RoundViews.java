package vn.thidua.ledger.query.nomination;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.List;

/**
 * The {@code nominationRounds} view: {@code nominationRounds} ({@code _id} = round id) and its index
 * {@code nominationRoundsByCampaign} ({@code _id} = campaign id), kept by one processor.
 */
@Component
public class RoundViews implements StoredView {

    public static final String NAME = "nominationRounds";

    private final ViewStore<RoundView> rounds;
    private final ViewStore<CampaignRounds> byCampaign;

    public RoundViews(MongoDatabase database) {
        this.rounds = new ViewStore<>(database, NAME, RoundView.class, ViewJson.mapper());
        this.byCampaign = new ViewStore<>(database, NAME + "ByCampaign", CampaignRounds.class, ViewJson.mapper());
    }

    public ViewStore<RoundView> rounds() {
        return rounds;
    }

    public ViewStore<CampaignRounds> byCampaign() {
        return byCampaign;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(rounds, byCampaign);
    }

    void clear() {
        rounds.clear();
        byCampaign.clear();
    }
}
