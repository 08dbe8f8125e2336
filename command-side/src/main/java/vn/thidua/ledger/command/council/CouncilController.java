package vn.thidua.ledger.command.council;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import vn.thidua.ledger.command.common.UnitInput;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilRole;

/**
 * Hội đồng Thi đua – Khen thưởng: establish a council, appoint and relieve its members, set its grassroots threshold,
 * each by a dated decision the secretariat transcribes. There is no council view yet: the answer's location is the
 * council's audit history.
 */
@RestController
@Tag(name = "Councils")
@RequestMapping("/api/councils")
public class CouncilController extends CommandController {

    private static final String CREATED_EXAMPLE = """
            {"councilId":"btp-hdtdkt","location":"/api/audit/events?aggregate=btp-hdtdkt"}""";

    public CouncilController(CommandGateway commandGateway) {
        super(commandGateway);
    }

    public record MemberInput(@ValidId String voterId, @NotBlank @Size(max = ApiInput.MAX_NAME) String name,
                              @NotNull @Valid UnitInput unit, @NotNull CouncilRole role) {

        CouncilMember toMember() {
            return new CouncilMember(new VoterId(voterId), name, unit.toUnitRef(), role);
        }
    }

    public record EstablishCouncilRequest(@ValidId String councilId,
                                          @NotBlank @Size(max = ApiInput.MAX_NAME) String name,
                                          @NotNull @Valid UnitInput unit,
                                          @NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                          @NotNull LocalDate establishedOn,
                                          @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS)
                                          List<@NotNull @Valid MemberInput> members) {
    }

    public record AppointMemberRequest(@NotNull @Valid MemberInput member,
                                       @NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                       @NotNull LocalDate appointedOn) {
    }

    public record RelieveMemberRequest(@ValidId String voterId,
                                       @NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                       @NotNull LocalDate relievedOn) {
    }

    public record GrassrootsThresholdRequest(@NotNull BigDecimal thresholdRatio,
                                             @NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                             @NotNull LocalDate effectiveFrom) {
    }

    /** The answer to establishing a council or setting its threshold. */
    public record CouncilCreated(String councilId, String location) implements Created {
    }

    /** The answer to appointing or relieving a member. */
    public record CouncilMemberCreated(String councilId, String voterId, String location) implements Created {
    }

    @Operation(summary = "Establish an emulation and commendation council (thành lập Hội đồng Thi đua – Khen thưởng)",
            description = "By its establishing decision, with one CHAIR (Chủ tịch), one STANDING_MEMBER (Ủy viên thường"
                    + " trực) and the other MEMBERs, who sit from establishedOn. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = CREATED_EXAMPLE)))
    @PostMapping
    ResponseEntity<CouncilCreated> establish(@Valid @RequestBody EstablishCouncilRequest body) {
        send(new EstablishCouncil(new CouncilId(body.councilId()), body.name(), body.unit().toUnitRef(),
                body.decisionNumber(), body.establishedOn(), body.members().stream().map(MemberInput::toMember).toList()));
        return created(new CouncilCreated(body.councilId(), location(body.councilId())));
    }

    @Operation(summary = "Appoint a council member (bổ sung thành viên Hội đồng)",
            description = "From appointedOn, by the named decision; a second chair or standing member is refused while"
                    + " one sits. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"councilId":"btp-hdtdkt","voterId":"hd-11","location":"/api/audit/events?aggregate=btp-hdtdkt"}""")))
    @PostMapping("/{councilId}/appointments")
    ResponseEntity<CouncilMemberCreated> appoint(@PathVariable("councilId") @ValidId String councilId,
                                                 @Valid @RequestBody AppointMemberRequest body) {
        send(new AppointCouncilMember(new CouncilId(councilId), body.member().toMember(), body.decisionNumber(),
                body.appointedOn()));
        return created(new CouncilMemberCreated(councilId, body.member().voterId(), location(councilId)));
    }

    @Operation(summary = "Relieve a council member (thôi làm thành viên Hội đồng)",
            description = "The member no longer sits from relievedOn: rounds opened from that day do not count them."
                    + " Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"councilId":"btp-hdtdkt","voterId":"hd-10","location":"/api/audit/events?aggregate=btp-hdtdkt"}""")))
    @PostMapping("/{councilId}/reliefs")
    ResponseEntity<CouncilMemberCreated> relieve(@PathVariable("councilId") @ValidId String councilId,
                                                 @Valid @RequestBody RelieveMemberRequest body) {
        send(new RelieveCouncilMember(new CouncilId(councilId), new VoterId(body.voterId()), body.decisionNumber(),
                body.relievedOn()));
        return created(new CouncilMemberCreated(councilId, body.voterId(), location(councilId)));
    }

    @Operation(summary = "Set the council's grassroots emulation fighter threshold",
            description = "R7: the share of the council's total membership a Chiến sĩ thi đua cơ sở needs, from"
                    + " effectiveFrom, where the rule set leaves it to the council (2024 on). Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = CREATED_EXAMPLE)))
    @PostMapping("/{councilId}/grassroots-threshold")
    ResponseEntity<CouncilCreated> setGrassrootsThreshold(@PathVariable("councilId") @ValidId String councilId,
                                                          @Valid @RequestBody GrassrootsThresholdRequest body) {
        send(new SetGrassrootsThreshold(new CouncilId(councilId), body.thresholdRatio(), body.decisionNumber(),
                body.effectiveFrom()));
        return created(new CouncilCreated(councilId, location(councilId)));
    }

    /** No council view yet: the council's own history in the audit log. */
    public static String location(String councilId) {
        return "/api/audit/events?aggregate=" + councilId;
    }
}
