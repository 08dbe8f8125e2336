package vn.thidua.ledger.command.proposal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.command.decision.DecisionFacts;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.ProposalId;
import vn.thidua.ledger.events.proposal.DossierDocument;
import vn.thidua.ledger.events.proposal.ProposalLevel;

/**
 * Hồ sơ đề nghị khen thưởng going up: submitted (the tờ trình read from its decision), returned, refused, or
 * approved by an award decision already recorded (read from that decision). One command per request. The path
 * shows on the tờ trình's public decision page and in the recipients' award records.
 */
@RestController
@Tag(name = "Proposals upward")
@RequestMapping("/api/proposals")
public class ProposalController extends CommandController {

    private static final String CREATED_EXAMPLE = """
            {"proposalId":"de-nghi.2022_01-TTR-CTDdIV","location":"/api/public/decisions/2022_01-TTR-CTDdIV"}""";

    private final DecisionFacts decisions;

    public ProposalController(CommandGateway commandGateway, DecisionFacts decisions) {
        super(commandGateway);
        this.decisions = decisions;
    }

    /** One document of the dossier: its kind and its reference as filed (number, date, file name). */
    public record DossierEntry(@NotNull DossierDocument.Kind kind,
                               @NotBlank @Size(max = ApiInput.MAX_NAME) String reference) {
    }

    public record SubmissionRequest(@ValidId String proposalDecisionId, @NotNull ProposalLevel level,
                                    @NotNull LocalDate submittedOn,
                                    @NotNull @Size(max = ApiInput.MAX_ITEMS) List<@Valid @NotNull DossierEntry> dossier) {
    }

    public record AnswerRequest(@NotNull LocalDate on, @NotBlank @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    public record ApprovalRequest(@ValidId String awardDecisionId) {
    }

    /** The answer to any step: the proposal and where its path is shown. */
    public record ProposalStepRecorded(String proposalId, String location) implements Created {
    }

    @Operation(summary = "Submit a proposal upward (gửi hồ sơ đề nghị)",
            description = "The tờ trình's title or form of commendation, year and recipients are read from its "
                    + "decision. First to MINISTRY; again to the same level after a return; forwarded to CENTRAL_BOARD "
                    + "by the Ministry for titles the Prime Minister decides and for Bằng khen của Thủ tướng Chính phủ "
                    + "and Huân chương. The dossier needs SUBMISSION, ACHIEVEMENT_REPORT and "
                    + "DELIBERATION_MINUTES. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = CREATED_EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "DOSSIER_INCOMPLETE or INVALID_INPUT")
    @ApiResponse(responseCode = "404", description = "No such tờ trình decision")
    @ApiResponse(responseCode = "409", description = "NOT_A_PROPOSAL, WRONG_PROPOSAL_LEVEL, PROPOSAL_NOT_PENDING")
    @PostMapping
    ResponseEntity<ProposalStepRecorded> submit(@Valid @RequestBody SubmissionRequest body) {
        SubmitProposal command = new SubmitProposal(decisions.of(new DecisionId(body.proposalDecisionId())),
                body.level(), body.submittedOn(), body.dossier().stream()
                .map(entry -> new DossierDocument(entry.kind(), entry.reference())).toList());
        send(command);
        return recorded(command.proposalId());
    }

    @Operation(summary = "Return a proposal to be completed (trả lại hồ sơ)",
            description = "By the level it awaits an answer at, with a reason, which becomes the audit reason. "
                    + "It may be submitted there again. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = CREATED_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such proposal")
    @ApiResponse(responseCode = "409", description = "PROPOSAL_NOT_PENDING")
    @PostMapping("/{proposalId}/returns")
    ResponseEntity<ProposalStepRecorded> giveBack(@PathVariable("proposalId") @ValidId String proposalId,
                                                  @Valid @RequestBody AnswerRequest body) {
        ProposalId id = new ProposalId(proposalId);
        sendWithReason(new ReturnProposal(id, body.on(), body.reason()), body.reason());
        return recorded(id);
    }

    @Operation(summary = "Refuse a proposal (không đồng ý đề nghị)",
            description = "By the level it awaits an answer at, with a reason, which becomes the audit reason. "
                    + "The path ends. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = CREATED_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such proposal")
    @ApiResponse(responseCode = "409", description = "PROPOSAL_NOT_PENDING")
    @PostMapping("/{proposalId}/refusals")
    ResponseEntity<ProposalStepRecorded> refuse(@PathVariable("proposalId") @ValidId String proposalId,
                                                @Valid @RequestBody AnswerRequest body) {
        ProposalId id = new ProposalId(proposalId);
        sendWithReason(new RefuseProposal(id, body.on(), body.reason()), body.reason());
        return recorded(id);
    }

    @Operation(summary = "Approve a proposal by the award decided above (chấp thuận đề nghị)",
            description = "Links the award decision, already recorded, to the proposal: it must award the proposal's "
                    + "title or form and year to some of its recipients, at the level that decides it. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = CREATED_EXAMPLE)))
    @ApiResponse(responseCode = "404", description = "No such proposal or award decision")
    @ApiResponse(responseCode = "409", description = "AWARD_NOT_FOR_PROPOSAL, WRONG_PROPOSAL_LEVEL, PROPOSAL_NOT_PENDING")
    @PostMapping("/{proposalId}/approvals")
    ResponseEntity<ProposalStepRecorded> approve(@PathVariable("proposalId") @ValidId String proposalId,
                                                 @Valid @RequestBody ApprovalRequest body) {
        ProposalId id = new ProposalId(proposalId);
        send(new ApproveProposal(id, decisions.of(new DecisionId(body.awardDecisionId()))));
        return recorded(id);
    }

    private static ResponseEntity<ProposalStepRecorded> recorded(ProposalId proposalId) {
        return created(new ProposalStepRecorded(proposalId.value(),
                "/api/public/decisions/" + proposalId.proposalDecisionId().value()));
    }
}
