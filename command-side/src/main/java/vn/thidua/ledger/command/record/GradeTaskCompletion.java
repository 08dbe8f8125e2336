package vn.thidua.ledger.command.record;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.record.TaskCompletionGrade;

/** Xếp loại mức độ hoàn thành nhiệm vụ of the person or unit for the year (a later grade corrects it). */
public record GradeTaskCompletion(RegistrantId holder, int year, TaskCompletionGrade grade)
        implements RecordCommand {

    /** Derived: one record per holder and year. */
    @TargetAggregateIdentifier
    public RecordId recordId() {
        return RecordId.of(holder, year);
    }
}
