package vn.thidua.ledger.events.record;

import org.axonframework.serialization.Revision;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;

/** Sáng kiến được công nhận: the person's initiative {@code initiative} was recognised at {@code level} that year. */
@Revision("1")
public record InitiativeRecognised(RecordId recordId, RegistrantId holder, int year, String initiative,
                                   RecognitionLevel level) implements EmulationRecordEvent {
}
