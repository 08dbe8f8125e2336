package vn.thidua.ledger.command.cluster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitId;

/** Đơn vị rút khỏi cụm from {@code year} on, with the reason. */
public record WithdrawUnit(@TargetAggregateIdentifier ClusterId clusterId, UnitId unitId, int year, String reason) {
}
