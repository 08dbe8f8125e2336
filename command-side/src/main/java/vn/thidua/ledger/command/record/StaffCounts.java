package vn.thidua.ledger.command.record;

import vn.thidua.ledger.events.record.DisciplineLevel;

/**
 * Số công chức, viên chức, người lao động of a unit for a year and what R4 and R5 count among them; the heaviest
 * discipline of any member, null when none. See {@link vn.thidua.ledger.events.record.StaffCountRecorded}.
 */
public record StaffCounts(int staff, int advancedWorkers, int grassrootsFighters, int completedDuties,
                          DisciplineLevel heaviestMemberDiscipline) {
}
