package vn.thidua.ledger.query.ranking;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.query.view.EventFacts;
import vn.thidua.ledger.query.view.Positions;

/** Keeps the {@code rankings} view: one document per campaign, folded by {@link RankingFold}. */
@Component
@ProcessingGroup(RankingViews.NAME)
class RankingProjector {

    private final RankingViews views;

    RankingProjector(RankingViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CampaignEvent event, EventMessage<?> message, TrackingToken token) {
        EventFacts facts = EventFacts.of(message, Positions.of(token));
        views.store().fold(event.campaignId().value(), facts.position(), state -> RankingFold.apply(state, event, facts));
    }

    @ResetHandler
    void reset() {
        views.store().clear();
    }
}
