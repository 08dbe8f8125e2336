package vn.thidua.ledger.events.cluster;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Bàn giao nhiệm vụ Trưởng Cụm: the head of {@code year - 1} ({@code outgoingHead}) handed the cluster's duties
 * over to the head appointed for {@code year} ({@code incomingHead}) on {@code handedOverOn} (R11).
 */
@Revision("1")
public record LeadershipHandedOver(ClusterId clusterId, String clusterName, int year, UnitRef outgoingHead,
                                   UnitRef incomingHead, LocalDate handedOverOn) implements ClusterEvent {
}
