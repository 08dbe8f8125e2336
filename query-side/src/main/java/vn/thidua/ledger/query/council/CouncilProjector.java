package vn.thidua.ledger.query.council;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.query.view.Positions;
import vn.thidua.ledger.query.view.Versioned;

import java.util.Optional;

/**
 * Keeps the {@link CouncilViews councils} view with {@link CouncilFold}. Delivery is at least once: an appointment or
 * a threshold already counted by its council (whose position has reached the event's) is not numbered again, and
 * every document skips an event at or below its own position.
 */
@Component
@ProcessingGroup(CouncilViews.NAME)
class CouncilProjector {

    private final CouncilViews views;

    CouncilProjector(CouncilViews views) {
        this.views = views;
    }

    @EventHandler
    void on(CouncilEstablished event, TrackingToken token) {
        long position = Positions.of(token);
        String councilId = event.councilId().value();
        CouncilFold.firstSeats(event).forEach(seat ->
                views.seats().write(CouncilViews.seatId(councilId, seat.number()), position, seat));
        views.councils().fold(councilId, position, council -> CouncilFold.established(event));
        views.index().fold(CouncilViews.ALL, position, index -> CouncilIndex.with(index, councilId));
    }

    @EventHandler
    void on(CouncilMemberAppointed event, TrackingToken token) {
        long position = Positions.of(token);
        notYetCounted(event.councilId().value(), position).ifPresent(council -> {
            CouncilSeat seat = CouncilFold.appointed(council, event);
            views.seats().write(CouncilViews.seatId(council.councilId(), seat.number()), position, seat);
            views.councils().fold(council.councilId(), position, stored -> stored.withSeats(seat.number()));
        });
    }

    @EventHandler
    void on(CouncilMemberRelieved event, TrackingToken token) {
        long position = Positions.of(token);
        views.councils().find(event.councilId().value()).map(Versioned::view).ifPresent(council ->
                CouncilFold.relieved(views.seats().findAll(CouncilViews.seatIds(council)).stream()
                                             .map(Versioned::view).toList(), event)
                        .ifPresent(seat -> views.seats().fold(CouncilViews.seatId(council.councilId(), seat.number()),
                                                              position, stored -> seat)));
    }

    @EventHandler
    void on(GrassrootsThresholdSet event, TrackingToken token) {
        long position = Positions.of(token);
        notYetCounted(event.councilId().value(), position).ifPresent(council -> {
            CouncilThresholdEntry threshold = CouncilFold.threshold(council, event);
            views.thresholds().write(CouncilViews.thresholdId(council.councilId(), threshold.number()), position,
                                     threshold);
            views.councils().fold(council.councilId(), position, stored -> stored.withThresholds(threshold.number()));
        });
    }

    @ResetHandler
    void reset() {
        views.clear();
    }

    /** The council, unless it already counted the event at {@code position} (a redelivery). */
    private Optional<CouncilRecord> notYetCounted(String councilId, long position) {
        return views.councils().find(councilId).filter(found -> found.position() < position).map(Versioned::view);
    }
}
