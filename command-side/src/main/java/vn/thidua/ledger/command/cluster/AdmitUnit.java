package vn.thidua.ledger.command.cluster;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitRef;

/** Bổ sung đơn vị thành viên của cụm from {@code year} on. */
public record AdmitUnit(@TargetAggregateIdentifier ClusterId clusterId, UnitRef unit, int year) {
}
