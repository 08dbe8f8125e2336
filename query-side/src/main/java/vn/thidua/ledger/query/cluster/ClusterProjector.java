package vn.thidua.ledger.query.cluster;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;
import vn.thidua.ledger.events.cluster.ClusterEvent;
import vn.thidua.ledger.query.view.Positions;

/** Keeps the {@code clusters} view: one document per cluster, folded by {@link ClusterFold}. */
@Component
@ProcessingGroup(ClusterViews.NAME)
class ClusterProjector {

    private final ClusterViews views;

    ClusterProjector(ClusterViews views) {
        this.views = views;
    }

    @EventHandler
    void on(ClusterEvent event, TrackingToken token) {
        views.store().fold(event.clusterId().value(), Positions.of(token), state -> ClusterFold.apply(state, event));
    }

    @ResetHandler
    void reset() {
        views.store().clear();
    }
}
