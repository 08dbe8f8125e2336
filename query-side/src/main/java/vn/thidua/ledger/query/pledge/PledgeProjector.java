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
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.view.Positions;
import vn.thidua.ledger.query.view.Versioned;

import java.util.stream.Stream;

/**
 * Keeps the {@code pledges} view. Each event touches its documents in a fixed order (registrant, unit head,
 * registration, campaign), and a batch writes the collections in that order (their ranks): the unit's counts are updated from the
 * registration as it was before the event, so the head is written before the registration, and a redelivery after a
 * crash between two writes finds the head already counted (skipped by its position) and completes the rest; the
 * campaign's line is recomputed from the unit head as stored.
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
        String registrantKey = registrantKey(event);
        prefetchBatch();
        RegistrantUnit known = views.registrants().find(registrantKey).map(Versioned::view).orElse(null);
        boolean firstInUnit = false;
        if (event instanceof PledgeRegistered registered
                && (known == null || !known.unitId().equals(registered.unit().id().value()))) {
            // A first registration with this unit: it takes the unit's next registration number.
            UnitRef unit = registered.unit();
            UnitPledges head = views.units().find(PledgeViews.key(campaignId, unit.id().value())).map(Versioned::view)
                                    .orElse(PledgeFold.emptyUnit(event, unit));
            RegistrantUnit joined = new RegistrantUnit(unit.id().value(), unit.name(), head.registrants());
            views.registrants().write(registrantKey, position, joined);
            known = joined;
            firstInUnit = true;
        }
        if (known == null) {
            throw new IllegalStateException("Registrant " + event.registrantId() + " of campaign " + campaignId
                                            + " never registered");
        }
        RegistrantUnit registrant = known;
        UnitRef unitRef = new UnitRef(new UnitId(registrant.unitId()), registrant.unitName());
        String unitKey = PledgeViews.key(campaignId, registrant.unitId());
        String registrationKey = PledgeViews.registrationKey(campaignId, registrant.unitId(), registrant.number());
        // A registrant new to the unit has no registration there yet (its number is written before its registration).
        Registration before = firstInUnit ? null
                : views.registrations().find(registrationKey).map(Versioned::view).orElse(null);
        Registration after = PledgeFold.apply(before, event);
        views.units().fold(unitKey, position, state -> PledgeFold.tally(
                state != null ? state : PledgeFold.emptyUnit(event, unitRef), registrant.number(), before, after, event));
        views.registrations().write(registrationKey, position, after);
        UnitCoverage line = views.units().find(unitKey).orElseThrow().view().coverage();
        views.campaigns().fold(campaignId, position, state -> PledgeFold.withUnit(state, line));
    }

    /**
     * Once per batch, before its first event: reads what the batch's events will look up with one {@code $in} query per
     * collection, in two steps: the registrants first, then the unit heads and the registrations they point to (the
     * registration's key holds the registrant's number in its unit). Without the second step every event read its
     * registration alone: 11k of the 14k reads of a rebuild at 100k events (docs/benchmarks.md, "Session 16").
     * A registrant that moves to another unit within the batch has its new registration read when the event needs it.
     */
    private void prefetchBatch() {
        views.registrants().prefetchBatch(payload -> payload instanceof PledgeEvent pledge
                ? Stream.of(registrantKey(pledge)) : Stream.empty());
        views.units().prefetchBatch(payload -> payload instanceof PledgeEvent pledge
                ? Stream.concat(pledge instanceof PledgeRegistered registered
                        ? Stream.of(PledgeViews.key(pledge.campaignId().value(), registered.unit().id().value()))
                        : Stream.empty(),
                        storedRegistrant(pledge).map(unit -> PledgeViews.key(pledge.campaignId().value(), unit.unitId())))
                : Stream.empty());
        views.registrations().prefetchBatch(payload -> payload instanceof PledgeEvent pledge
                ? storedRegistrant(pledge).map(unit -> PledgeViews.registrationKey(
                        pledge.campaignId().value(), unit.unitId(), unit.number()))
                : Stream.empty());
    }

    /** The registrant of {@code pledge} as stored before the batch (read by the batch's first step). */
    private Stream<RegistrantUnit> storedRegistrant(PledgeEvent pledge) {
        return views.registrants().find(registrantKey(pledge)).map(Versioned::view).stream();
    }

    private static String registrantKey(PledgeEvent pledge) {
        return PledgeViews.key(pledge.campaignId().value(), pledge.registrantId().value());
    }

    @ResetHandler
    void reset() {
        views.stores().forEach(store -> store.clear());
    }
}
