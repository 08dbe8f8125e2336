package vn.thidua.ledger.events.cluster;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Trưởng Cụm và Phó Trưởng Cụm được cử: head and deputy head of the cluster for {@code year},
 * by the named decision (R11: leadership rotates yearly by decision).
 */
@Revision("1")
public record LeadershipAppointed(ClusterId clusterId, String clusterName, int year, UnitRef head, UnitRef deputyHead,
                                  DecisionId decisionId, String decisionNumber) implements ClusterEvent {
}
