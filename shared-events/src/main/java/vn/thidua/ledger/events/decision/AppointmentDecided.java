package vn.thidua.ledger.events.decision;

import java.time.LocalDate;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.events.common.UnitRef;

/** Quyết định cử Trưởng Cụm, Phó Trưởng Cụm for {@code year} (R11: yearly rotation by decision). */
@Revision("1")
public record AppointmentDecided(DecisionId decisionId, String decisionNumber, LocalDate signedOn, String signedBy,
                                 ClusterId clusterId, String clusterName, int year, UnitRef head, UnitRef deputyHead,
                                 RuleReference rule) implements DecisionEvent {
}
