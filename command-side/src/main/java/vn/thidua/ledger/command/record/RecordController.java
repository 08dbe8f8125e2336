package vn.thidua.ledger.command.record;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.command.common.ApiInput;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.Created;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.TaskCompletionGrade;

/**
 * Hồ sơ thi đua: the secretariat enters what the title criteria R2–R5 read, per person or unit and year. A record
 * holds personal data (discipline), so it is not published: the location answered is the record's entries in the
 * audit export, which only the secretariat and the auditor read.
 */
@RestController
@Tag(name = "Emulation records")
@RequestMapping("/api/records/{holderId}/{year}")
public class RecordController extends CommandController {

    public RecordController(CommandGateway commandGateway) {
        super(commandGateway);
    }

    /** Số công chức, viên chức, người lao động and the counts among them; no discipline: leave it out. */
    public record StaffCountRequest(@NotNull @PositiveOrZero Integer staff,
                                    @NotNull @PositiveOrZero Integer advancedWorkers,
                                    @NotNull @PositiveOrZero Integer grassrootsFighters,
                                    @NotNull @PositiveOrZero Integer completedDuties,
                                    DisciplineLevel heaviestMemberDiscipline) {
    }

    public record DisciplineRequest(@NotNull DisciplineLevel level,
                                    @NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber) {
    }

    public record InitiativeRequest(@NotBlank @Size(max = ApiInput.MAX_NAME) String initiative,
                                    @NotNull RecognitionLevel level) {
    }

    public record GradeRequest(@NotNull TaskCompletionGrade grade) {
    }

    public record TitleRequest(@NotNull Title title, @NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber) {
    }

    /** The answer to an entry in a record. */
    public record RecordEntryCreated(String recordId, String location) implements Created {
    }

    @Operation(summary = "Record a unit's staff counts for a year (số công chức, viên chức, người lao động)",
            description = "With how many are Lao động tiên tiến, Chiến sĩ thi đua cơ sở and completed their duties, "
                    + "and the heaviest discipline of a member (R4, R5). A later entry corrects it. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"recordId":"tc-thads-2024","location":"/api/audit/events.csv?aggregate=tc-thads-2024"}""")))
    @PostMapping("/staff-counts")
    ResponseEntity<RecordEntryCreated> staffCount(@PathVariable("holderId") @ValidId String holderId,
                                                  @PathVariable("year") int year,
                                                  @Valid @RequestBody StaffCountRequest body) {
        return sent(new RecordStaffCount(new RegistrantId(holderId), year, body.staff(), body.advancedWorkers(),
                body.grassrootsFighters(), body.completedDuties(), body.heaviestMemberDiscipline()));
    }

    @Operation(summary = "Record a discipline of a person for a year (kỷ luật)",
            description = "The measure and the decision that imposed it. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"recordId":"cc-thads-1-2024","location":"/api/audit/events.csv?aggregate=cc-thads-1-2024"}""")))
    @PostMapping("/disciplines")
    ResponseEntity<RecordEntryCreated> discipline(@PathVariable("holderId") @ValidId String holderId,
                                                  @PathVariable("year") int year,
                                                  @Valid @RequestBody DisciplineRequest body) {
        return sent(new RecordDiscipline(new RegistrantId(holderId), year, body.level(), body.decisionNumber()));
    }

    @Operation(summary = "Record a recognised initiative of a person (sáng kiến được công nhận)",
            description = "With the level that recognised it: grassroots, Ministry or national (R2, R3). Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"recordId":"cc-thads-1-2024","location":"/api/audit/events.csv?aggregate=cc-thads-1-2024"}""")))
    @PostMapping("/initiatives")
    ResponseEntity<RecordEntryCreated> initiative(@PathVariable("holderId") @ValidId String holderId,
                                                  @PathVariable("year") int year,
                                                  @Valid @RequestBody InitiativeRequest body) {
        return sent(new RecogniseInitiative(new RegistrantId(holderId), year, body.initiative(), body.level()));
    }

    @Operation(summary = "Record the task-completion grade of a year (xếp loại mức độ hoàn thành nhiệm vụ)",
            description = "Of a person or a unit; a later grade corrects it. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"recordId":"cc-thads-1-2024","location":"/api/audit/events.csv?aggregate=cc-thads-1-2024"}""")))
    @PostMapping("/task-completion")
    ResponseEntity<RecordEntryCreated> grade(@PathVariable("holderId") @ValidId String holderId,
                                             @PathVariable("year") int year,
                                             @Valid @RequestBody GradeRequest body) {
        return sent(new GradeTaskCompletion(new RegistrantId(holderId), year, body.grade()));
    }

    @Operation(summary = "Record a title held for a year (danh hiệu đã đạt)",
            description = "By the decision that conferred it, e.g. a unit head's Lao động tiên tiến or a past year's "
                    + "title (R2, R3, R5). Once per title and year. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"recordId":"cc-thads-1-2024","location":"/api/audit/events.csv?aggregate=cc-thads-1-2024"}""")))
    @PostMapping("/titles")
    ResponseEntity<RecordEntryCreated> title(@PathVariable("holderId") @ValidId String holderId,
                                             @PathVariable("year") int year,
                                             @Valid @RequestBody TitleRequest body) {
        return sent(new RecordTitle(new RegistrantId(holderId), year, body.title(), body.decisionNumber()));
    }

    private ResponseEntity<RecordEntryCreated> sent(RecordCommand command) {
        send(command);
        String recordId = command.recordId().value();
        return created(new RecordEntryCreated(recordId, "/api/audit/events.csv?aggregate=" + recordId));
    }
}
