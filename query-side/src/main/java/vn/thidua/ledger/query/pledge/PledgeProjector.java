package vn.thidua.ledger.query.pledge;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.pledge.PledgeEvent;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.query.pledge.PledgeViews.RegistrantUnit;
import vn.thidua.ledger.query.view.Positions;

/**
 * Keeps the {@code pledges} view. Each event touches its documents in a fixed order (registrant, unit, campaign)
 * and the campaign's line is recomputed from the unit document as stored, so a redelivery after a crash between
 * two writes completes the missing write instead of counting twice.
 */
@Component
@ProcessingGroup(PledgeViews.NAME)
class PledgeProjector {

    private final PledgeViews views;

    PledgeProjector(PledgeViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CampaignLaunched event, TrackingToken token) {
        views.campaigns().fold(event.campaignId().value(), Positions.of(token), state -> PledgeFold.launched(event));
    }

    @EventHandler
    void on(PledgeEvent event, TrackingToken token) {
        long position = Positions.of(token);
        String campaignId = event.campaignId().value();
        String registrantKey = PledgeViews.key(campaignId, event.registrantId().value());
        if (event instanceof PledgeRegistered registered) {
            RegistrantUnit unit = new RegistrantUnit(registered.unit().id().value(), registered.unit().name());
            views.registrants().fold(registrantKey, position, state -> unit);
        }
        RegistrantUnit unit = views.registrants().find(registrantKey).orElseThrow(() -> new IllegalStateException(
                "Registrant " + event.registrantId() + " of campaign " + campaignId + " never registered")).view();
        UnitRef unitRef = new UnitRef(new UnitId(unit.unitId()), unit.unitName());
        String unitKey = PledgeViews.key(campaignId, unit.unitId());
        views.units().fold(unitKey, position, state -> PledgeFold.apply(state, event, unitRef));
        UnitCoverage line = views.units().find(unitKey).orElseThrow().view().coverage();
        views.campaigns().fold(campaignId, position, state -> PledgeFold.withUnit(state, line));
    }

    @ResetHandler
    void reset() {
        views.stores().forEach(store -> store.clear());
    }
}
