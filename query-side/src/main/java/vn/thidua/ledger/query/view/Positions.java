package vn.thidua.ledger.query.view;

import org.axonframework.eventhandling.TrackingToken;

/** The global index of the event being handled, from the tracking token Axon passes to event handlers. */
public final class Positions {

    private Positions() {
    }

    public static long of(TrackingToken token) {
        return token.position().orElseThrow(
                () -> new IllegalStateException("The event store's tokens always have a position: " + token));
    }
}
