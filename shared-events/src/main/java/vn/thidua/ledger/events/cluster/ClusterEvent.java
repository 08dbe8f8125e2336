package vn.thidua.ledger.events.cluster;

import vn.thidua.ledger.events.common.ClusterId;

/** Everything that can happen to a cụm thi đua (emulation cluster). */
public sealed interface ClusterEvent permits ClusterFormed, UnitAdmitted, UnitWithdrawn, LeadershipAppointed,
        LeadershipHandedOver {

    ClusterId clusterId();
}
