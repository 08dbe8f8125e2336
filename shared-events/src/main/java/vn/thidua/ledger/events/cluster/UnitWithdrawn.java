package vn.thidua.ledger.events.cluster;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/** Đơn vị rút khỏi cụm: the unit is no longer a member from {@code year} on. */
@Revision("1")
public record UnitWithdrawn(ClusterId clusterId, String clusterName, UnitRef unit, int year, String reason)
        implements ClusterEvent {
}
