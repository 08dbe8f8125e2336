package vn.thidua.ledger.query.ranking;

import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.query.asof.FoldedView;
import vn.thidua.ledger.query.view.EventFacts;

/** The ranking as a fold of its campaign's events, for as-of reads and their checkpoints. */
@Component
public class RankingHistory implements FoldedView<RankingView, CampaignEvent> {

    @Override
    public String name() {
        return RankingViews.NAME;
    }

    @Override
    public Class<RankingView> viewType() {
        return RankingView.class;
    }

    @Override
    public Class<CampaignEvent> eventType() {
        return CampaignEvent.class;
    }

    @Override
    public RankingView apply(RankingView state, CampaignEvent event, EventFacts facts) {
        return RankingFold.apply(state, event, facts);
    }
}
