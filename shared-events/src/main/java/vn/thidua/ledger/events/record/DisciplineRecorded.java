package vn.thidua.ledger.events.record;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;

/** Kỷ luật: the person was disciplined with {@code level} in the year, by the decision named. */
@Revision("1")
public record DisciplineRecorded(RecordId recordId, RegistrantId holder, int year, DisciplineLevel level,
                                 String decisionNumber) implements EmulationRecordEvent {
}
