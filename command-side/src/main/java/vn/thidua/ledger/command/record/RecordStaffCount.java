package vn.thidua.ledger.command.record;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.record.DisciplineLevel;

/** Ghi số công chức, viên chức, người lao động of a unit for the year, with the counts R4 and R5 read (a correction replaces them). */
public record RecordStaffCount(RegistrantId holder, int year, int staff, int advancedWorkers,
                               int grassrootsFighters, int completedDuties,
                               DisciplineLevel heaviestMemberDiscipline) implements RecordCommand {

    /** Derived: one record per holder and year. */
    @TargetAggregateIdentifier
    public RecordId recordId() {
        return RecordId.of(holder, year);
    }
}
