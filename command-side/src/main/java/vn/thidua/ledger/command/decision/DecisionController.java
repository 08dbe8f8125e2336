package vn.thidua.ledger.command.decision;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import vn.thidua.ledger.command.cluster.AppointLeadership;
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.cluster.ClusterYear;
import vn.thidua.ledger.command.common.ApiInput;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.command.nomination.RoundFacts;
import vn.thidua.ledger.command.nomination.RoundResult;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.RevocationGround;

/**
 * Quyết định: commendations (from a closed round's winners, read from the round aggregate),
 * leadership appointments (names from the cluster aggregate, then recorded by the cluster too),
 * revocations. A decision's id is derived from its number, e.g. {@code 3456/QĐ-BTP} → {@code 3456-QD-BTP}.
 */
@RestController
@Tag(name = "Decisions and awards")
@RequestMapping("/api/decisions")
public class DecisionController extends CommandController {

    private final RoundFacts rounds;
    private final ClusterFacts clusters;

    public DecisionController(CommandGateway commandGateway, RoundFacts rounds, ClusterFacts clusters) {
        super(commandGateway);
        this.rounds = rounds;
        this.clusters = clusters;
    }

    /** {@code leadingCollectives} only for a Government flag proposal (R6); title and year are the round's. */
    public record CommendationRequest(@NotBlank @Size(max = ApiInput.MAX_NAME) String decisionNumber,
                                      @NotNull LocalDate signedOn, @NotBlank @Size(max = ApiInput.MAX_NAME) String signedBy,
                                      @NotNull CommendationKind kind, @ValidId String roundId,
                                      @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS) List<@ValidId String> recipients,
                                      @PositiveOrZero Integer leadingCollectives) {
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

    @Operation(summary = "Record a commendation decision (quyết định khen thưởng)",
            description = "Awards a closed round's winners; the title and year are the round's. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"3456-QD-BTP","location":"/api/public/decisions/3456-QD-BTP"}""")))
    @PostMapping("/commendations")
    ResponseEntity<Map<String, Object>> commend(@Valid @RequestBody CommendationRequest body) {
        DecisionId decisionId = Require.decisionNumber(body.decisionNumber());
        RoundResult round = rounds.resultOf(new RoundId(body.roundId()));
        send(new IssueCommendationDecision(body.decisionNumber(), body.signedOn(), body.signedBy(), body.kind(),
                round.title(), round.year(), round.roundId(), round.rule(), round.winners(),
                body.recipients().stream().map(RegistrantId::new).toList(), body.leadingCollectives()));
        return decisionCreated(decisionId);
    }

    /**
     * Two aggregates record an appointment: the decision (its number is unique) and the cluster
     * (membership, one leadership per year). The cluster's facts are read first, so the usual
     * refusals (not a member, already appointed) come before anything is written; should the second
     * step still fail (a race), the decision stands and the error says why the cluster refused.
     */
    @Operation(summary = "Record a leadership appointment of a cluster (Trưởng Cụm, Phó Trưởng Cụm)",
            description = "Recorded by the decision and by the cluster. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"112-QD-BTP","location":"/api/public/decisions/112-QD-BTP"}""")))
    @PostMapping("/appointments")
    ResponseEntity<Map<String, Object>> appoint(@Valid @RequestBody AppointmentRequest body) {
        DecisionId decisionId = Require.decisionNumber(body.decisionNumber());
        ClusterId clusterId = new ClusterId(body.clusterId());
        ClusterYear cluster = clusters.inYear(clusterId, body.year());
        UnitRef head = cluster.member(new UnitId(body.headId()));
        UnitRef deputy = cluster.member(new UnitId(body.deputyHeadId()));
        cluster.requireNoLeadership();
        send(new IssueAppointmentDecision(body.decisionNumber(), body.signedOn(), body.signedBy(), clusterId,
                cluster.name(), body.year(), head, deputy));
        send(new AppointLeadership(clusterId, body.year(), head.id(), deputy.id(), body.decisionNumber()));
        return decisionCreated(decisionId);
    }

    @Operation(summary = "Revoke an award of a decision (hủy bỏ khen thưởng)",
            description = "With a reason, which becomes the audit reason. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"decisionId":"3456-QD-BTP","location":"/api/public/decisions/3456-QD-BTP"}""")))
    @PostMapping("/{decisionId}/revocations")
    ResponseEntity<Map<String, Object>> revoke(@PathVariable("decisionId") @ValidId String decisionId,
                                              @Valid @RequestBody RevocationRequest body) {
        sendWithReason(new RevokeAward(new DecisionId(decisionId), new RegistrantId(body.recipientId()),
                body.revocationDecisionNumber(), body.revokedOn(), body.ground(), body.reason()), body.reason());
        return decisionCreated(new DecisionId(decisionId));
    }

    private static ResponseEntity<Map<String, Object>> decisionCreated(DecisionId decisionId) {
        return created("/api/public/decisions/" + decisionId.value(), "decisionId", decisionId.value());
    }
}
