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
import vn.thidua.ledger.query.pledge.UnitLines.Line;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.view.Positions;
import vn.thidua.ledger.query.view.Versioned;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps the {@code pledges} view. Each event touches its documents in a fixed order, and a batch writes the
 * collections in that order (their ranks): the registration a moved registrant leaves behind, the unit's new line,
 * the unit's head, the campaign's line, and last the registrant's pledge. So an event delivered again (after a node
 * stopped between its batch's writes and the storing of its token) finds either the registrant's pledge at or past
 * its position, and then every write of the event is stored already, or the pledge as it was before the event, from
 * which the event is folded again: the head already counted is skipped by its position, and a line already given is
 * found by the event's position. The head is counted from the registration as it was before the event; the campaign's
 * line is recomputed from the unit head as stored.
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
        Optional<Versioned<RegistrantPledge>> stored = views.registrants().find(registrantKey);
        if (stored.isPresent() && stored.get().position() >= position) {
            // Delivered again: the registrant's pledge is written last, so every write of this event is stored.
            return;
        }
        RegistrantPledge current = stored.map(Versioned::view).orElse(null);
        RegistrantPledge standing = current;
        if (event instanceof PledgeRegistered registered
                && (current == null || !current.unitId().equals(registered.unit().id().value()))) {
            standing = join(registered, current, position);
        }
        if (standing == null) {
            throw new IllegalStateException("Registrant " + event.registrantId() + " of campaign " + campaignId
                                            + " never registered");
        }
        int number = standing.number();
        UnitRef unitRef = new UnitRef(new UnitId(standing.unitId()), standing.unitName());
        String unitKey = PledgeViews.key(campaignId, standing.unitId());
        // A registrant new to the unit has no registration there yet.
        Registration before = standing == current ? current.registration() : null;
        Registration after = PledgeFold.apply(before, event);
        views.units().fold(unitKey, position, state -> PledgeFold.tally(
                state != null ? state : PledgeFold.emptyUnit(event, unitRef), number, before, after, event));
        UnitCoverage line = views.units().find(unitKey).orElseThrow().view().coverage();
        views.campaigns().fold(campaignId, position, state -> PledgeFold.withUnit(state, line));
        views.registrants().write(registrantKey, position,
                                  new RegistrantPledge(standing.unitId(), standing.unitName(), number, after));
    }

    /**
     * A first registration with this unit: the registrant takes the unit's next line, with no registration yet. A
     * registrant the secretariat moved from another unit leaves its registration there, as it was, on its old line.
     */
    private RegistrantPledge join(PledgeRegistered registered, RegistrantPledge current, long position) {
        String campaignId = registered.campaignId().value();
        if (current != null) {
            views.former().write(PledgeViews.lineKey(campaignId, current.unitId(), current.number()), position,
                                 current.registration());
        }
        UnitRef unit = registered.unit();
        String unitId = unit.id().value();
        String registrantId = registered.registrantId().value();
        int number = lineFor(campaignId, unitId, position);
        String block = PledgeViews.blockKey(campaignId, unitId, number);
        if (number % UnitLines.SIZE == 0) {
            // A new block: nothing to read (a block written before a crash wins over this write by its position).
            views.lines().write(block, position, UnitLines.given(null, number, registrantId, position));
        } else {
            views.lines().fold(block, position, lines -> UnitLines.given(lines, number, registrantId, position));
        }
        return new RegistrantPledge(unitId, unit.name(), number, null);
    }

    /**
     * The line that joining the unit at {@code position} gives: the unit's next one; or, when the unit's head has
     * counted this event already (a batch delivered again after a crash between its writes), the line given then.
     */
    private int lineFor(String campaignId, String unitId, long position) {
        Optional<Versioned<UnitPledges>> head = views.units().find(PledgeViews.key(campaignId, unitId));
        if (head.isEmpty() || head.get().position() < position) {
            return head.map(found -> found.view().registrants()).orElse(0);
        }
        for (int number = head.get().view().registrants() - 1; number >= 0; number--) {
            Line line = views.lines().find(PledgeViews.blockKey(campaignId, unitId, number)).orElseThrow().view()
                             .lines().get(number % UnitLines.SIZE);
            if (line.givenAt() <= position) {
                if (line.givenAt() == position) {
                    return number;
                }
                break;
            }
        }
        throw new IllegalStateException("Unit " + unitId + " counted the event at " + position + " but gave no line");
    }

    /**
     * Once per batch, before its first event: reads what the batch's events will look up with one {@code $in} query per
     * collection, in steps: the registrants first, then the unit heads (of the registrations' units and of the
     * registrants' units as stored), then the partly filled line block of each unit that registrants join. Without
     * it every event read its documents alone (docs/benchmarks.md, "Session 16").
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
        views.lines().prefetchBatch(payload -> payload instanceof PledgeRegistered registered
                ? views.units().find(PledgeViews.key(registered.campaignId().value(), registered.unit().id().value()))
                        .map(Versioned::view).filter(head -> head.registrants() % UnitLines.SIZE != 0)
                        .map(head -> PledgeViews.blockKey(head.campaignId(), head.unitId(), head.registrants()))
                        .stream()
                : Stream.empty());
    }

    /** The registrant of {@code pledge} as stored before the batch (read by the batch's first step). */
    private Stream<RegistrantPledge> storedRegistrant(PledgeEvent pledge) {
        return views.registrants().find(registrantKey(pledge)).map(Versioned::view).stream();
    }

    private static String registrantKey(PledgeEvent pledge) {
        return PledgeViews.key(pledge.campaignId().value(), pledge.registrantId().value());
    }

    @ResetHandler
    void reset() {
        views.stores().forEach(store -> store.clear());
        views.dropFormerCollections();
    }
}
