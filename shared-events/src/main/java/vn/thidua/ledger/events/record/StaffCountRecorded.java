package vn.thidua.ledger.events.record;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * Số công chức, viên chức, người lao động of a unit for the year and how many of them hold what the collective
 * titles count (R4, R5): {@code staff} people, of whom {@code advancedWorkers} are Lao động tiên tiến,
 * {@code grassrootsFighters} Chiến sĩ thi đua cơ sở, {@code completedDuties} completed their duties; the heaviest
 * discipline any of them received that year, or null when nobody was disciplined. A later recording replaces an
 * earlier one (a correction; its reason is in the metadata).
 */
@Revision("1")
public record StaffCountRecorded(RecordId recordId, RegistrantId holder, int year, int staff, int advancedWorkers,
                                 int grassrootsFighters, int completedDuties,
                                 DisciplineLevel heaviestMemberDiscipline) implements EmulationRecordEvent {
}
