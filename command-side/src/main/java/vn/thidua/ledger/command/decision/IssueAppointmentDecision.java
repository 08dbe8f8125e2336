package vn.thidua.ledger.command.decision;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Quyết định cử Trưởng Cụm, Phó Trưởng Cụm for {@code year} (R11). The cluster records the
 * appointment itself on {@code AppointLeadership} citing this decision's number, where membership
 * is checked.
 */
public record IssueAppointmentDecision(String decisionNumber, LocalDate signedOn, String signedBy, ClusterId clusterId,
                                       String clusterName, int year, UnitRef head, UnitRef deputyHead) {

    /** The decision number is the identity: a second decision with the same number is refused. */
    @TargetAggregateIdentifier
    public DecisionId decisionId() {
        return DecisionId.ofNumber(decisionNumber);
    }
}
