package vn.thidua.ledger.command.record;

import java.util.Optional;
import java.util.Set;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.TaskCompletionGrade;

/**
 * Thành tích trong năm: what one hồ sơ thi đua says of its holder's year, as the title criteria read it. Absent
 * facts are null: no discipline, no initiative, not graded, no staff counts (a person's record has none).
 */
public record Standing(RegistrantId holder, int year, Set<Title> titles, DisciplineLevel discipline,
                       RecognitionLevel bestInitiative, TaskCompletionGrade grade, StaffCounts staff) {

    public Standing {
        titles = Set.copyOf(titles);
    }

    public boolean holds(Title title) {
        return titles.contains(title);
    }

    public boolean hasInitiativeAtLeast(RecognitionLevel level) {
        return bestInitiative != null && bestInitiative.atLeast(level);
    }

    public Optional<StaffCounts> staffCounts() {
        return Optional.ofNullable(staff);
    }
}
