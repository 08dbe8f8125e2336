package vn.thidua.ledger.command.cluster;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import vn.thidua.ledger.command.common.ApiInput;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.Created;
import vn.thidua.ledger.command.common.UnitInput;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitId;

/**
 * Cụm thi đua: form a cluster, admit and withdraw units, record the head's handover. Leadership is appointed by a
 * decision.
 */
@RestController
@Tag(name = "Clusters")
@RequestMapping("/api/clusters")
public class ClusterController extends CommandController {

    public ClusterController(CommandGateway commandGateway) {
        super(commandGateway);
    }

    public record FormClusterRequest(@ValidId String clusterId,
                                     @NotBlank @Size(max = ApiInput.MAX_NAME) String name,
                                     @NotNull Integer firstYear,
                                     @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS) List<@NotNull @Valid UnitInput> units) {
    }

    public record AdmitUnitRequest(@NotNull @Valid UnitInput unit, @NotNull Integer year) {
    }

    public record WithdrawUnitRequest(@ValidId String unitId,
                                      @NotNull Integer year,
                                      @NotBlank @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    public record HandoverRequest(@NotNull Integer year, @NotNull LocalDate handedOverOn) {
    }

    /** The answer to forming a cluster or to a handover of its leadership. */
    public record ClusterCreated(String clusterId, String location) implements Created {
    }

    /** The answer to admitting or withdrawing a member unit. */
    public record MembershipCreated(String clusterId, String unitId, String location) implements Created {
    }

    @Operation(summary = "Form an emulation cluster (thành lập cụm thi đua)",
            description = "Forms the cluster with its member units from its first year. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"clusterId":"btp-cum-iv","location":"/api/public/clusters/btp-cum-iv"}""")))
    @PostMapping
    ResponseEntity<ClusterCreated> form(@Valid @RequestBody FormClusterRequest body) {
        send(new FormCluster(new ClusterId(body.clusterId()), body.name(), body.firstYear(),
                body.units().stream().map(UnitInput::toUnitRef).toList()));
        return created(new ClusterCreated(body.clusterId(), location(body.clusterId())));
    }

    @Operation(summary = "Admit a unit to a cluster for a year",
            description = "The unit is a member from that year on. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"clusterId":"btp-cum-iv","unitId":"tc-thads","location":"/api/public/clusters/btp-cum-iv"}""")))
    @PostMapping("/{clusterId}/admissions")
    ResponseEntity<MembershipCreated> admit(
            @PathVariable("clusterId") @ValidId String clusterId,
            @Valid @RequestBody AdmitUnitRequest body) {
        send(new AdmitUnit(new ClusterId(clusterId), body.unit().toUnitRef(), body.year()));
        return created(new MembershipCreated(clusterId, body.unit().id(), location(clusterId)));
    }

    @Operation(summary = "Withdraw a unit from a cluster for a year",
            description = "With the reason, which is also the audit reason. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"clusterId":"btp-cum-iv","unitId":"tc-thads","location":"/api/public/clusters/btp-cum-iv"}""")))
    @PostMapping("/{clusterId}/withdrawals")
    ResponseEntity<MembershipCreated> withdraw(
            @PathVariable("clusterId") @ValidId String clusterId,
            @Valid @RequestBody WithdrawUnitRequest body) {
        sendWithReason(new WithdrawUnit(new ClusterId(clusterId), new UnitId(body.unitId()), body.year(), body.reason()),
                body.reason());
        return created(new MembershipCreated(clusterId, body.unitId(), location(clusterId)));
    }

    @Operation(summary = "Record the handover from last year's cluster head to this year's (bàn giao Trưởng Cụm)",
            description = "Both heads are the cluster's appointments for year - 1 and year (R11); once per year. "
                    + "Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"clusterId":"btp-cum-iv","location":"/api/public/clusters/btp-cum-iv"}""")))
    @PostMapping("/{clusterId}/leadership-handovers")
    ResponseEntity<ClusterCreated> handOver(@PathVariable("clusterId") @ValidId String clusterId,
                                            @Valid @RequestBody HandoverRequest body) {
        send(new HandOverLeadership(new ClusterId(clusterId), body.year(), body.handedOverOn()));
        return created(new ClusterCreated(clusterId, location(clusterId)));
    }

    /** Where the query side shows a cluster. */
    public static String location(String clusterId) {
        return "/api/public/clusters/" + clusterId;
    }
}
