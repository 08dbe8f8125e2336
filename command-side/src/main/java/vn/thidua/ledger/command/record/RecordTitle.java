package vn.thidua.ledger.command.record;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;

/** Ghi danh hiệu đã đạt: the person or unit holds {@code title} for the year by decision {@code decisionNumber}. */
public record RecordTitle(RegistrantId holder, int year, Title title, String decisionNumber)
        implements RecordCommand {

    /** Derived: one record per holder and year. */
    @TargetAggregateIdentifier
    public RecordId recordId() {
        return RecordId.of(holder, year);
    }
}
