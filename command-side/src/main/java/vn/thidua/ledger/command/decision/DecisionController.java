package vn.thidua.ledger.command.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.command.campaign.CampaignFacts;
import vn.thidua.ledger.command.campaign.KnownRegistrants;
import vn.thidua.ledger.command.common.ApiInput;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.Created;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.command.nomination.RoundFacts;
import vn.thidua.ledger.command.nomination.RoundResult;
import vn.thidua.ledger.command.record.Nominee;
import vn.thidua.ledger.command.record.RecordFacts;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.decision.CommendationAuthority;
import vn.thidua.ledger.events.decision.CommendationForm;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.RevocationGround;

/**
 * Quyết định: commendations (from a closed round's winners, read from the round aggregate, checked against
 * their records of the year, read from the record aggregates, and required to have one if the round's campaign
 * says so, read from the campaign aggregate), forms of commendation (to recipients read from the campaign aggregate),
 * leadership appointments (recorded by the cluster too, see {@link AppointmentProcess}),
 * revocations. A decision's id is derived from the year it was signed and its number, e.g. {@code 3456/QĐ-BTP}
 * signed in 2022 → {@code 2022_3456-QDd-BTP} ({@link DecisionId#of}; docs/decisions.md).
 */
@RestController
@Tag(name = "Decisions and awards")
@RequestMapping("/api/decisions")
public class DecisionController extends CommandController {

    private final RoundFacts rounds;
    private final RecordFacts records;
    private final CampaignFacts campaigns;

    public DecisionController(CommandGateway commandGateway, RoundFacts rounds, RecordFacts records,
                              CampaignFacts campaigns) {
        super(commandGateway);
        this.rounds = rounds;
        this.records = records;
        this.campaigns = campaigns;
    }

    /** {@code leadingCollectives} only for a Government flag proposal (R6); title and year are the round's. */
    public record CommendationRequest(@NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                      @NotNull LocalDate signedOn, @NotBlank @Size(max = ApiInput.MAX_NAME) String signedBy,
                                      @NotNull CommendationKind kind, @ValidId String roundId,
                                      @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS) List<@ValidId String> recipients,
                                      @PositiveOrZero Integer leadingCollectives) {
    }

    /**
     * A form of commendation to member units or registrants of {@code campaignId}, whose year it is for;
     * {@code achievement} names the thành tích commended, absent for the year's work.
     */
    public record FormOfCommendationRequest(@NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                            @NotNull LocalDate signedOn,
                                            @NotBlank @Size(max = ApiInput.MAX_NAME) String signedBy,
                                            @NotNull CommendationAuthority issuer, @NotNull CommendationKind kind,
                                            @NotNull CommendationForm form, @ValidId String campaignId,
                                            @Size(min = 1, max = ApiInput.MAX_TEXT) String achievement,
                                            @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS)
                                            List<@ValidId String> recipients) {
    }

    public record AppointmentRequest(@NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                     @NotNull LocalDate signedOn, @NotBlank @Size(max = ApiInput.MAX_NAME) String signedBy,
                                     @ValidId String clusterId, @NotNull Integer year,
                                     @ValidId String headId, @ValidId String deputyHeadId) {
    }

    public record RevocationRequest(@ValidId String recipientId,
                                    @NotBlank @Size(max = ApiInput.MAX_NAME) String revocationDecisionNumber,
                                    @NotNull LocalDate revokedOn, @NotNull RevocationGround ground,
                                    @NotBlank @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    /** The answer to recording a decision or a revocation of one of its awards. */
    public record DecisionCreated(String decisionId, String location) implements Created {
    }

    @Operation(summary = "Record a commendation decision (quyết định khen thưởng)",
            description = "Awards a closed round's winners; the title and year are the round's. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"2022_3456-QDd-BTP","location":"/api/public/decisions/2022_3456-QDd-BTP"}""")))
    @PostMapping("/commendations")
    ResponseEntity<DecisionCreated> commend(@Valid @RequestBody CommendationRequest body) {
        DecisionId decisionId = Require.decisionId(body.decisionNumber(), body.signedOn());
        RoundResult round = rounds.resultOf(new RoundId(body.roundId()));
        send(new IssueCommendationDecision(body.decisionNumber(), body.signedOn(), body.signedBy(), body.kind(),
                round.title(), round.year(), round.roundId(), round.rule(), round.winners(),
                body.recipients().stream().map(RegistrantId::new).toList(), body.leadingCollectives(),
                records.forTitle(round.title(), round.year(), round.winners().stream().map(Nominee::of).toList(),
                        campaigns.recordsRequired(round.campaignId()))));
        return decisionCreated(decisionId);
    }

    @Operation(summary = "Record a form of commendation (Bằng khen, Giấy khen, Huân chương)",
            description = "A decision awarding (AWARD) or a tờ trình proposing (PROPOSAL) a form of commendation, "
                    + "without a nomination round, to member units or registrants of the campaign named, for its "
                    + "year or for an achievement. The issuer must be the level competent for the form (Giấy khen: "
                    + "UNIT_HEAD; Bằng khen của Bộ trưởng: MINISTER; Bằng khen của Thủ tướng Chính phủ: "
                    + "PRIME_MINISTER; Huân chương: PRESIDENT), a proposal's a level below it. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"2023_215-QDd-BTP","location":"/api/public/decisions/2023_215-QDd-BTP"}""")))
    @ApiResponse(responseCode = "400", description = "MALFORMED_REQUEST (an unknown form or issuer), INVALID_INPUT")
    @ApiResponse(responseCode = "404", description = "No such campaign")
    @ApiResponse(responseCode = "409", description = "WRONG_ISSUER_LEVEL, NOT_REGISTERED_IN_CAMPAIGN, ALREADY_EXISTS")
    @PostMapping("/forms")
    ResponseEntity<DecisionCreated> awardForm(@Valid @RequestBody FormOfCommendationRequest body) {
        DecisionId decisionId = Require.decisionId(body.decisionNumber(), body.signedOn());
        CampaignId campaignId = new CampaignId(body.campaignId());
        List<RegistrantId> recipients = body.recipients().stream().map(RegistrantId::new).toList();
        KnownRegistrants known = campaigns.known(campaignId, recipients);
        send(new IssueFormOfCommendation(body.decisionNumber(), body.signedOn(), body.signedBy(), body.issuer(),
                body.kind(), body.form(), campaignId, known.year(), body.achievement(), known.found(), recipients,
                known.campaignRules()));
        return decisionCreated(decisionId);
    }

    @Operation(summary = "Record a leadership appointment of a cluster (Trưởng Cụm, Phó Trưởng Cụm)",
            description = "Recorded by the decision and by the cluster, both or neither. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"2022_112-QDd-BTP","location":"/api/public/decisions/2022_112-QDd-BTP"}""")))
    @PostMapping("/appointments")
    ResponseEntity<DecisionCreated> appoint(@Valid @RequestBody AppointmentRequest body) {
        DecisionId decisionId = Require.decisionId(body.decisionNumber(), body.signedOn());
        send(new RecordAppointment(body.decisionNumber(), body.signedOn(), body.signedBy(),
                new ClusterId(body.clusterId()), body.year(), new UnitId(body.headId()), new UnitId(body.deputyHeadId())));
        return decisionCreated(decisionId);
    }

    @Operation(summary = "Revoke an award of a decision (hủy bỏ khen thưởng)",
            description = "Of a title or of a form of commendation, with a reason, which becomes the audit reason. "
                    + "The id is the award decision's as the ledger gave it: year_number (2022_3456-QDd-BTP), or "
                    + "number only for a decision recorded before ids had a year (3456-QD-BTP). Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"2022_3456-QDd-BTP","location":"/api/public/decisions/2022_3456-QDd-BTP"}""")))
    @PostMapping("/{decisionId}/revocations")
    ResponseEntity<DecisionCreated> revoke(@PathVariable("decisionId") @ValidId String decisionId,
                                              @Valid @RequestBody RevocationRequest body) {
        sendWithReason(new RevokeAward(new DecisionId(decisionId), new RegistrantId(body.recipientId()),
                body.revocationDecisionNumber(), body.revokedOn(), body.ground(), body.reason()), body.reason());
        return decisionCreated(new DecisionId(decisionId));
    }

    private static ResponseEntity<DecisionCreated> decisionCreated(DecisionId decisionId) {
        return created(new DecisionCreated(decisionId.value(), "/api/public/decisions/" + decisionId.value()));
    }
}
