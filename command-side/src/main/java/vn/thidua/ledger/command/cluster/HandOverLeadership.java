package vn.thidua.ledger.command.cluster;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ClusterId;

/** Bàn giao nhiệm vụ Trưởng Cụm: the head of {@code year - 1} hands over to the head of {@code year}, that day. */
public record HandOverLeadership(@TargetAggregateIdentifier ClusterId clusterId, int year, LocalDate handedOverOn) {
}
