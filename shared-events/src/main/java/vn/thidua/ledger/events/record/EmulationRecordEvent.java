package vn.thidua.ledger.events.record;

import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * Everything recorded in a hồ sơ thi đua (the emulation record of one person or unit for one year): the facts
 * the title criteria R2–R5 are checked against. Each event names its holder and year, so it reads on its own.
 */
public sealed interface EmulationRecordEvent permits StaffCountRecorded, DisciplineRecorded, InitiativeRecognised,
        TaskCompletionGraded, TitleConferred {

    RecordId recordId();

    RegistrantId holder();

    int year();
}
