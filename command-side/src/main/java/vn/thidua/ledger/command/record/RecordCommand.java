package vn.thidua.ledger.command.record;

import vn.thidua.ledger.events.common.RecordId;

/** An entry in a hồ sơ thi đua: every one names its holder and year, from which its record's id follows. */
public sealed interface RecordCommand permits RecordStaffCount, RecordDiscipline, RecogniseInitiative,
        GradeTaskCompletion, RecordTitle {

    RecordId recordId();
}
