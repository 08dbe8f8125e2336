package vn.thidua.ledger.command.record;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.EnumSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.DisciplineRecorded;
import vn.thidua.ledger.events.record.EmulationRecordEvent;
import vn.thidua.ledger.events.record.InitiativeRecognised;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.StaffCountRecorded;
import vn.thidua.ledger.events.record.TaskCompletionGrade;
import vn.thidua.ledger.events.record.TaskCompletionGraded;
import vn.thidua.ledger.events.record.TitleConferred;

/**
 * Hồ sơ thi đua (the emulation record of one person or unit for one year): the facts the title criteria R2–R5
 * are checked against when a round opens and when a commendation is decided: titles held, discipline, recognised
 * initiatives, the task-completion grade and, for a unit, its staff counts. Guards that the counts agree with each
 * other and that a title is recorded once.
 *
 * <p>Lifecycle: created by its first fact, then added to and corrected (a later grade or count replaces the
 * earlier; discipline keeps the heaviest) for as long as the secretariat needs; it never closes, because a
 * discipline found later still belongs to its year. The id is {@code {holder}-{year}}.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
// The snapshot revision: raise it whenever a field changes, so older snapshots are ignored (rebuilt from events).
@Revision("1")
public class EmulationRecord {

    @AggregateIdentifier
    RecordId recordId;
    RegistrantId holder;
    int year;
    Set<Title> titles = EnumSet.noneOf(Title.class);
    DisciplineLevel heaviestDiscipline;
    RecognitionLevel bestInitiative;
    TaskCompletionGrade grade;
    StaffCounts staff;

    protected EmulationRecord() {
        // for Axon and Jackson
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordStaffCount command) {
        requireHolderAndYear(command.holder(), command.year());
        requireCountsAgree(command);
        apply(new StaffCountRecorded(command.recordId(), command.holder(), command.year(), command.staff(),
                command.advancedWorkers(), command.grassrootsFighters(), command.completedDuties(),
                command.heaviestMemberDiscipline()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordDiscipline command) {
        requireHolderAndYear(command.holder(), command.year());
        Require.present("discipline", command.level());
        Require.name("decision number", command.decisionNumber());
        apply(new DisciplineRecorded(command.recordId(), command.holder(), command.year(), command.level(),
                command.decisionNumber()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecogniseInitiative command) {
        requireHolderAndYear(command.holder(), command.year());
        Require.name("initiative", command.initiative());
        Require.present("recognition level", command.level());
        apply(new InitiativeRecognised(command.recordId(), command.holder(), command.year(), command.initiative(),
                command.level()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(GradeTaskCompletion command) {
        requireHolderAndYear(command.holder(), command.year());
        Require.present("grade", command.grade());
        apply(new TaskCompletionGraded(command.recordId(), command.holder(), command.year(), command.grade()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordTitle command) {
        requireHolderAndYear(command.holder(), command.year());
        Require.present("title", command.title());
        Require.name("decision number", command.decisionNumber());
        if (titles.contains(command.title())) {
            throw new DomainRejection(ErrorCode.TITLE_ALREADY_RECORDED, command.holder() + " already holds "
                    + command.title().vietnameseName() + " for " + command.year());
        }
        apply(new TitleConferred(command.recordId(), command.holder(), command.year(), command.title(),
                command.decisionNumber()));
    }

    /** The year's facts as the title criteria read them (through {@link RecordFacts}). */
    public Standing standing() {
        return new Standing(holder, year, titles, heaviestDiscipline, bestInitiative, grade, staff);
    }

    private static void requireHolderAndYear(RegistrantId holder, int year) {
        Require.present("holder", holder);
        Require.year(year);
    }

    private static void requireCountsAgree(RecordStaffCount command) {
        Require.positive("staff", command.staff());
        if (command.advancedWorkers() < 0 || command.grassrootsFighters() < 0 || command.completedDuties() < 0) {
            throw Require.invalid("counts cannot be negative");
        }
        if (command.advancedWorkers() > command.staff() || command.completedDuties() > command.staff()
                || command.grassrootsFighters() > command.advancedWorkers()) {
            // A Chiến sĩ thi đua cơ sở is first a Lao động tiên tiến (R2), so the fighters are among the advanced.
            throw new DomainRejection(ErrorCode.STAFF_COUNTS_INCONSISTENT, "of " + command.staff() + " staff, "
                    + command.advancedWorkers() + " advanced workers, " + command.grassrootsFighters()
                    + " grassroots emulation fighters and " + command.completedDuties()
                    + " completing their duties do not add up");
        }
    }

    /** Every event names its record, so whichever comes first creates it. */
    private void identify(EmulationRecordEvent event) {
        recordId = event.recordId();
        holder = event.holder();
        year = event.year();
    }

    @EventSourcingHandler
    void on(StaffCountRecorded event) {
        identify(event);
        staff = new StaffCounts(event.staff(), event.advancedWorkers(), event.grassrootsFighters(),
                event.completedDuties(), event.heaviestMemberDiscipline());
    }

    @EventSourcingHandler
    void on(DisciplineRecorded event) {
        identify(event);
        if (heaviestDiscipline == null || event.level().atLeast(heaviestDiscipline)) {
            heaviestDiscipline = event.level();
        }
    }

    @EventSourcingHandler
    void on(InitiativeRecognised event) {
        identify(event);
        if (bestInitiative == null || event.level().atLeast(bestInitiative)) {
            bestInitiative = event.level();
        }
    }

    @EventSourcingHandler
    void on(TaskCompletionGraded event) {
        identify(event);
        grade = event.grade();
    }

    @EventSourcingHandler
    void on(TitleConferred event) {
        identify(event);
        titles.add(event.title());
    }
}
