package vn.thidua.ledger.command.record;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Snapshots;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.DisciplineRecorded;
import vn.thidua.ledger.events.record.InitiativeRecognised;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.StaffCountRecorded;
import vn.thidua.ledger.events.record.TaskCompletionGrade;
import vn.thidua.ledger.events.record.TaskCompletionGraded;
import vn.thidua.ledger.events.record.TitleConferred;

/** The record of a unit of the demo cluster and of one of its people for 2024; every fact is illustrative. */
class EmulationRecordTest {

    private static final int YEAR = 2024;
    private static final RegistrantId UNIT = THADS.registrantId();
    private static final RecordId UNIT_RECORD = RecordId.of(UNIT, YEAR);
    private static final RegistrantId PERSON = new RegistrantId("cc-thads-1");
    private static final RecordId PERSON_RECORD = RecordId.of(PERSON, YEAR);

    private AggregateTestFixture<EmulationRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmulationRecord.class);
    }

    private static StaffCountRecorded counted(int staff, int advanced, int fighters, int completed,
                                              DisciplineLevel heaviest) {
        return new StaffCountRecorded(UNIT_RECORD, UNIT, YEAR, staff, advanced, fighters, completed, heaviest);
    }

    @Test
    void theRecordIdIsTheHolderAndTheYear() {
        assertThat(UNIT_RECORD.value()).isEqualTo("tong-cuc-thads-2024");
        assertThat(new RecordTitle(PERSON, YEAR, Title.ADVANCED_WORKER, "15/QĐ-TCTHADS").recordId())
                .isEqualTo(PERSON_RECORD);
    }

    @Test
    void recordsTheStaffCountsOfAUnit() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffCount(UNIT, YEAR, 40, 30, 4, 40, DisciplineLevel.REPRIMAND))
                .expectEvents(counted(40, 30, 4, 40, DisciplineLevel.REPRIMAND))
                .expectState(record -> assertThat(record.standing().staff())
                        .isEqualTo(new StaffCounts(40, 30, 4, 40, DisciplineLevel.REPRIMAND)));
    }

    @Test
    void aLaterStaffCountCorrectsTheEarlierOne() {
        fixture.given(counted(40, 30, 4, 40, null))
                .when(new RecordStaffCount(UNIT, YEAR, 41, 30, 4, 41, null))
                .expectEvents(counted(41, 30, 4, 41, null))
                .expectState(record -> assertThat(record.standing().staff().staff()).isEqualTo(41));
    }

    @Test
    void cannotCountMoreAdvancedWorkersThanStaff() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffCount(UNIT, YEAR, 10, 11, 0, 10, null))
                .expectException(rejectedWith(ErrorCode.STAFF_COUNTS_INCONSISTENT))
                .expectNoEvents();
    }

    @Test
    void cannotCountMoreGrassrootsFightersThanAdvancedWorkers() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffCount(UNIT, YEAR, 10, 2, 3, 10, null))
                .expectException(rejectedWith(ErrorCode.STAFF_COUNTS_INCONSISTENT))
                .expectNoEvents();
    }

    @Test
    void cannotCountMoreStaffCompletingTheirDutiesThanStaff() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffCount(UNIT, YEAR, 10, 5, 0, 12, null))
                .expectException(rejectedWith(ErrorCode.STAFF_COUNTS_INCONSISTENT))
                .expectNoEvents();
    }

    @Test
    void cannotRecordAUnitWithoutStaffOrWithNegativeCounts() {
        fixture.givenNoPriorActivity()
                .when(new RecordStaffCount(UNIT, YEAR, 0, 0, 0, 0, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(new RecordStaffCount(UNIT, YEAR, 10, -1, 0, 10, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void recordsATitleHeldOnceOnly() {
        fixture.givenNoPriorActivity()
                .when(new RecordTitle(PERSON, YEAR, Title.ADVANCED_WORKER, "15/QĐ-TCTHADS"))
                .expectEvents(new TitleConferred(PERSON_RECORD, PERSON, YEAR, Title.ADVANCED_WORKER, "15/QĐ-TCTHADS"));
        fixture.given(new TitleConferred(PERSON_RECORD, PERSON, YEAR, Title.ADVANCED_WORKER, "15/QĐ-TCTHADS"))
                .when(new RecordTitle(PERSON, YEAR, Title.ADVANCED_WORKER, "16/QĐ-TCTHADS"))
                .expectException(rejectedWith(ErrorCode.TITLE_ALREADY_RECORDED))
                .expectNoEvents();
    }

    @Test
    void keepsTheHeaviestDisciplineOfTheYear() {
        fixture.given(new DisciplineRecorded(PERSON_RECORD, PERSON, YEAR, DisciplineLevel.WARNING, "7/QĐ-KL"))
                .when(new RecordDiscipline(PERSON, YEAR, DisciplineLevel.REPRIMAND, "9/QĐ-KL"))
                .expectEvents(new DisciplineRecorded(PERSON_RECORD, PERSON, YEAR, DisciplineLevel.REPRIMAND, "9/QĐ-KL"))
                .expectState(record -> assertThat(record.standing().discipline()).isEqualTo(DisciplineLevel.WARNING));
    }

    @Test
    void keepsTheHighestRecognitionOfTheYearsInitiatives() {
        fixture.given(new InitiativeRecognised(PERSON_RECORD, PERSON, YEAR, "Số hóa hồ sơ thi hành án",
                        RecognitionLevel.MINISTRY))
                .when(new RecogniseInitiative(PERSON, YEAR, "Mẫu biên bản điện tử", RecognitionLevel.GRASSROOTS))
                .expectEvents(new InitiativeRecognised(PERSON_RECORD, PERSON, YEAR, "Mẫu biên bản điện tử",
                        RecognitionLevel.GRASSROOTS))
                .expectState(record -> assertThat(record.standing().bestInitiative())
                        .isEqualTo(RecognitionLevel.MINISTRY));
    }

    @Test
    void aLaterGradeCorrectsTheEarlierOne() {
        fixture.given(new TaskCompletionGraded(PERSON_RECORD, PERSON, YEAR, TaskCompletionGrade.GOOD))
                .when(new GradeTaskCompletion(PERSON, YEAR, TaskCompletionGrade.EXCELLENT))
                .expectEvents(new TaskCompletionGraded(PERSON_RECORD, PERSON, YEAR, TaskCompletionGrade.EXCELLENT))
                .expectState(record -> assertThat(record.standing().grade()).isEqualTo(TaskCompletionGrade.EXCELLENT));
    }

    @Test
    void refusesEntriesWithoutTheirFacts() {
        fixture.givenNoPriorActivity()
                .when(new RecordDiscipline(PERSON, YEAR, null, "7/QĐ-KL"))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT));
        fixture.givenNoPriorActivity()
                .when(new RecogniseInitiative(PERSON, YEAR, " ", RecognitionLevel.GRASSROOTS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT));
        fixture.givenNoPriorActivity()
                .when(new RecordTitle(PERSON, YEAR, Title.ADVANCED_WORKER, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT));
    }

    @Test
    void refusesAYearOutsideTheLedgersRange() {
        fixture.givenNoPriorActivity()
                .when(new GradeTaskCompletion(PERSON, 1999, TaskCompletionGrade.GOOD))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aSnapshotKeepsTheStanding() {
        EmulationRecord record = new EmulationRecord();
        record.on(new TitleConferred(PERSON_RECORD, PERSON, YEAR, Title.ADVANCED_WORKER, "15/QĐ-TCTHADS"));
        record.on(new DisciplineRecorded(PERSON_RECORD, PERSON, YEAR, DisciplineLevel.REPRIMAND, "9/QĐ-KL"));
        record.on(new StaffCountRecorded(PERSON_RECORD, PERSON, YEAR, 1, 1, 0, 1, null));
        Snapshots.assertSurvivesJackson(record);
    }
}
