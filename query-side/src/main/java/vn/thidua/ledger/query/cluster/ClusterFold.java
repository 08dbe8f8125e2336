package vn.thidua.ledger.query.cluster;

import vn.thidua.ledger.events.cluster.ClusterEvent;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.LeadershipHandedOver;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.query.cluster.ClusterView.Leadership;
import vn.thidua.ledger.query.cluster.ClusterView.Membership;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The cluster view as a pure fold of the cluster's events: live projection, rebuild and as-of share it. */
public final class ClusterFold {

    private ClusterFold() {
    }

    public static ClusterView apply(ClusterView state, ClusterEvent event) {
        if (event instanceof ClusterFormed formed) {
            return new ClusterView(formed.clusterId().value(), formed.name(), formed.firstYear(),
                                   formed.units().stream()
                                         .map(u -> new Membership(u.id().value(), u.name(), formed.firstYear(), null, null))
                                         .toList(),
                                   List.of());
        }
        if (event instanceof UnitAdmitted admitted) {
            List<Membership> members = new ArrayList<>(state.members());
            members.add(new Membership(admitted.unit().id().value(), admitted.unit().name(), admitted.year(), null, null));
            return new ClusterView(state.clusterId(), state.name(), state.firstYear(), members, state.leadership());
        }
        if (event instanceof UnitWithdrawn withdrawn) {
            List<Membership> members = state.members().stream()
                    .map(m -> m.unitId().equals(withdrawn.unit().id().value()) && m.untilYear() == null
                            ? new Membership(m.unitId(), m.unitName(), m.fromYear(), withdrawn.year(), withdrawn.reason())
                            : m)
                    .toList();
            return new ClusterView(state.clusterId(), state.name(), state.firstYear(), members, state.leadership());
        }
        if (event instanceof LeadershipAppointed appointed) {
            List<Leadership> leadership = new ArrayList<>(state.leadership());
            leadership.removeIf(l -> l.year() == appointed.year());
            leadership.add(new Leadership(appointed.year(), appointed.head().id().value(), appointed.head().name(),
                                          appointed.deputyHead().id().value(), appointed.deputyHead().name(),
                                          appointed.decisionNumber(), null));
            leadership.sort(Comparator.comparingInt(Leadership::year));
            return new ClusterView(state.clusterId(), state.name(), state.firstYear(), state.members(), leadership);
        }
        if (event instanceof LeadershipHandedOver handedOver) {
            // The aggregate hands over only to an appointed head, so the year is in the list.
            List<Leadership> leadership = state.leadership().stream().map(l -> l.year() == handedOver.year()
                    ? new Leadership(l.year(), l.headUnitId(), l.headName(), l.deputyUnitId(), l.deputyName(),
                                     l.decisionNumber(), handedOver.handedOverOn())
                    : l).toList();
            return new ClusterView(state.clusterId(), state.name(), state.firstYear(), state.members(), leadership);
        }
        throw new IllegalArgumentException("Unknown cluster event " + event.getClass().getName());
    }
}
