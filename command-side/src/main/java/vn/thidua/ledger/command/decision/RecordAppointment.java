package vn.thidua.ledger.command.decision;

import java.time.LocalDate;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitId;

/**
 * Ghi nhận quyết định cử Trưởng Cụm, Phó Trưởng Cụm: the appointment as the secretariat enters it,
 * handled by {@link AppointmentProcess}, which has both the decision and the cluster record it.
 */
public record RecordAppointment(String decisionNumber, LocalDate signedOn, String signedBy, ClusterId clusterId,
                                int year, UnitId headId, UnitId deputyHeadId) {
}
