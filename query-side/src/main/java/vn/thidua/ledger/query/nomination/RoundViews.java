package vn.thidua.ledger.query.nomination;

import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;

import java.util.List;

/**
 * The {@code nominationRounds} view: {@code nominationRounds} ({@code _id} = round id), its index
 * {@code nominationRoundsByCampaign} ({@code _id} = campaign id) and the secret rounds' published ballots
 * {@code nominationRoundBallots} ({@code _id} = round id), kept by one processor.
 */
@Component
public class RoundViews implements StoredView {

    public static final String NAME = "nominationRounds";

    private final ViewStore<RoundView> rounds;
    private final ViewStore<CampaignRounds> byCampaign;
    private final ViewStore<RoundBallots> ballots;

    public RoundViews(@ViewDatabase MongoDatabase database) {
        this.rounds = new ViewStore<>(database, NAME, RoundView.class, ViewJson.mapper());
        this.byCampaign = new ViewStore<>(database, NAME + "ByCampaign", CampaignRounds.class, ViewJson.mapper());
        this.ballots = new ViewStore<>(database, "nominationRoundBallots", RoundBallots.class, ViewJson.mapper());
    }

    public ViewStore<RoundView> rounds() {
        return rounds;
    }

    public ViewStore<CampaignRounds> byCampaign() {
        return byCampaign;
    }

    public ViewStore<RoundBallots> ballots() {
        return ballots;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(rounds, byCampaign, ballots);
    }

    void clear() {
        rounds.clear();
        byCampaign.clear();
        ballots.clear();
    }
}
