package vn.thidua.ledger.events.record;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;

/** Xếp loại chất lượng: the year's task-completion grade of the person or unit (a later grade corrects it). */
@Revision("1")
public record TaskCompletionGraded(RecordId recordId, RegistrantId holder, int year, TaskCompletionGrade grade)
        implements EmulationRecordEvent {
}
