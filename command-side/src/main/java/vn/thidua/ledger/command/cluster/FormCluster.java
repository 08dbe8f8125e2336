package vn.thidua.ledger.command.cluster;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/** Thành lập cụm thi đua with its member units from {@code firstYear}. */
public record FormCluster(@TargetAggregateIdentifier ClusterId clusterId, String name, int firstYear,
                          List<UnitRef> units) {
}
