package vn.thidua.ledger.events.cluster;

import java.util.List;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/** Cụm thi đua được thành lập: the cluster was formed with these member units from {@code firstYear}. */
@Revision("1")
public record ClusterFormed(ClusterId clusterId, String name, int firstYear, List<UnitRef> units) implements ClusterEvent {

    public ClusterFormed {
        units = List.copyOf(units);
    }
}
