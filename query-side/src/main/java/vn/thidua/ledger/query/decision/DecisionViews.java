package vn.thidua.ledger.query.decision;

import java.util.List;
import vn.thidua.ledger.query.view.ViewDatabase;

import com.mongodb.client.MongoDatabase;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.query.view.ViewJson;
import vn.thidua.ledger.query.view.ViewStore;
import vn.thidua.ledger.query.view.StoredView;

/** The stores of the decisions view: decisions, award records, per-year decision lists, round links. */
@Component
public class DecisionViews implements StoredView {

    public static final String DECISIONS = "decisions";
    public static final String AWARD_RECORDS = "awardRecords";
    public static final String LISTS = "decisionLists";
    static final String ROUND_LINKS = "decisionRoundLinks";

    private final ViewStore<DecisionView> decisions;
    private final ViewStore<AwardRecordView> awardRecords;
    private final ViewStore<DecisionList> lists;
    private final ViewStore<RoundLink> roundLinks;

    public DecisionViews(@ViewDatabase MongoDatabase database) {
        this.decisions = new ViewStore<>(database, DECISIONS, DecisionView.class, ViewJson.mapper());
        this.awardRecords = new ViewStore<>(database, AWARD_RECORDS, AwardRecordView.class, ViewJson.mapper());
        this.lists = new ViewStore<>(database, LISTS, DecisionList.class, ViewJson.mapper());
        this.roundLinks = new ViewStore<>(database, ROUND_LINKS, RoundLink.class, ViewJson.mapper());
    }

    @Override
    public String name() {
        return DecisionProjector.NAME;
    }

    @Override
    public List<ViewStore<?>> stores() {
        return List.of(decisions, awardRecords, lists, roundLinks);
    }

    public ViewStore<DecisionView> decisions() {
        return decisions;
    }

    public ViewStore<AwardRecordView> awardRecords() {
        return awardRecords;
    }

    public ViewStore<DecisionList> lists() {
        return lists;
    }

    ViewStore<RoundLink> roundLinks() {
        return roundLinks;
    }

    void clear() {
        decisions.clear();
        awardRecords.clear();
        lists.clear();
        roundLinks.clear();
    }
}
