package vn.thidua.ledger.command.decision;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Quyết định cử Trưởng Cụm, Phó Trưởng Cụm for {@code year} (R11). The cluster records the
 * appointment itself on {@code AppointLeadership} citing this decision's number, where membership
 * is checked. It applies and records the version the year's campaign chose ({@code campaignRules}, read from the
 * campaign by {@link AppointmentProcess}), or the year's default when the year has no campaign yet (null).
 */
public record IssueAppointmentDecision(String decisionNumber, LocalDate signedOn, String signedBy, ClusterId clusterId,
                                       String clusterName, int year, UnitRef head, UnitRef deputyHead,
                                       ChosenRuleVersion campaignRules) {

    /** Number and year of signing are the identity: a second decision with both the same is refused. */
    @TargetAggregateIdentifier
    public DecisionId decisionId() {
        return Require.decisionId(decisionNumber, signedOn);
    }
}
