package vn.thidua.ledger.command.record;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.record.RecognitionLevel;

/** Công nhận sáng kiến: the person's initiative was recognised at {@code level} that year. */
public record RecogniseInitiative(RegistrantId holder, int year, String initiative, RecognitionLevel level)
        implements RecordCommand {

    /** Derived: one record per holder and year. */
    @TargetAggregateIdentifier
    public RecordId recordId() {
        return RecordId.of(holder, year);
    }
}
