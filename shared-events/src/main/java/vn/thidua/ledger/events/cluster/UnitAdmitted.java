package vn.thidua.ledger.events.cluster;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/** Bổ sung đơn vị thành viên của cụm: the unit is a member of the cluster from {@code year} on. */
@Revision("1")
public record UnitAdmitted(ClusterId clusterId, String clusterName, UnitRef unit, int year) implements ClusterEvent {
}
