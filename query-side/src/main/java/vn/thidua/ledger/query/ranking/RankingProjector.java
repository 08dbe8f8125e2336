package vn.thidua.ledger.query.ranking;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.query.live.ViewChangeNotices;
import vn.thidua.ledger.query.view.EventFacts;
import vn.thidua.ledger.query.view.Positions;

/** Keeps the {@code rankings} view: one document per campaign, folded by {@link RankingFold}. */
@Component
@ProcessingGroup(RankingViews.NAME)
class RankingProjector {

    private final RankingViews views;
    private final ViewChangeNotices notices;

    RankingProjector(RankingViews views, ViewChangeNotices notices) {
        this.views = views;
        this.notices = notices;
    }

    @EventHandler
    void on(CampaignEvent event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        EventFacts facts = EventFacts.of(message, Positions.of(token));
        views.store().fold(event.campaignId().value(), facts.position(), state -> RankingFold.apply(state, event, facts));
        if (event instanceof RankingPublished) {
            notices.rankingPublished(event.campaignId().value(), facts.position(), replay);
        }
    }

    @ResetHandler
    void reset() {
        views.store().clear();
    }
}
