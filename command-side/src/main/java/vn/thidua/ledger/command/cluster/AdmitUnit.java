package vn.thidua.ledger.command.cluster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/** Kết nạp đơn vị vào cụm from {@code year} on. */
public record AdmitUnit(@TargetAggregateIdentifier ClusterId clusterId, UnitRef unit, int year) {
}
