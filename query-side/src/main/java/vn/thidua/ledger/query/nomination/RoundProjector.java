package vn.thidua.ledger.query.nomination;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.ReplayStatus;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.nomination.NominationEvent;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.query.live.ViewChangeNotices;
import vn.thidua.ledger.query.view.EventFacts;
import vn.thidua.ledger.query.view.Positions;

/**
 * Keeps the {@code nominationRounds} view: each round by {@link RoundFold}, the per-campaign index and a secret
 * round's published ballots ({@link RoundBallotsFold}) alongside.
 */
@Component
@ProcessingGroup(RoundViews.NAME)
class RoundProjector {

    private final RoundViews views;
    private final ViewChangeNotices notices;

    RoundProjector(RoundViews views, ViewChangeNotices notices) {
        this.views = views;
        this.notices = notices;
    }

    @EventHandler
    void on(NominationEvent event, EventMessage<?> message, TrackingToken token, ReplayStatus replay) {
        EventFacts facts = EventFacts.of(message, Positions.of(token));
        views.rounds().fold(event.roundId().value(), facts.position(), state -> RoundFold.apply(state, event, facts));
        views.ballots().fold(event.roundId().value(), facts.position(), state -> RoundBallotsFold.apply(state, event));
        if (event instanceof NominationRoundOpened opened) {
            views.byCampaign().fold(opened.campaignId().value(), facts.position(),
                                    state -> CampaignRoundsFold.opened(state, opened));
        } else if (event instanceof NominationRoundClosed closed) {
            views.byCampaign().fold(closed.campaignId().value(), facts.position(),
                                    state -> CampaignRoundsFold.closed(state, closed));
            notices.roundClosed(closed.roundId().value(), closed.campaignId().value(), facts.position(), replay);
        }
    }

    @ResetHandler
    void reset() {
        views.clear();
    }
}
