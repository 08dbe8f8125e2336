package vn.thidua.ledger.command.record;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.record.DisciplineLevel;

/** Ghi kỷ luật: the person was disciplined with {@code level} that year by decision {@code decisionNumber}. */
public record RecordDiscipline(RegistrantId holder, int year, DisciplineLevel level, String decisionNumber)
        implements RecordCommand {

    /** Derived: one record per holder and year. */
    @TargetAggregateIdentifier
    public RecordId recordId() {
        return RecordId.of(holder, year);
    }
}
