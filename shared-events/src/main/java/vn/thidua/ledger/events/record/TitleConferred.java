package vn.thidua.ledger.events.record;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;

/**
 * Danh hiệu đã đạt: the person or unit holds {@code title} for the year, by the decision named (often a unit
 * head's decision outside the ledger, e.g. Lao động tiên tiến; or a past year's). The history R2, R3 and R5 read.
 */
@Revision("1")
public record TitleConferred(RecordId recordId, RegistrantId holder, int year, Title title, String decisionNumber)
        implements EmulationRecordEvent {
}
