package vn.thidua.ledger.command.campaign.pledge;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.pledge.RegistrantKind;

/** Đăng ký thi đua: pledges are entities of their campaign, so they live under its URL. */
@RestController
@Tag(name = "Pledges")
@RequestMapping("/api/campaigns/{campaignId}/pledges")
public class PledgeController extends CommandController {

    public PledgeController(CommandGateway commandGateway) {
        super(commandGateway);
    }

    /**
     * A UNIT registers itself (registrantId = unitId) with its staff count; an INDIVIDUAL without one.
     * {@code registeredOn} (optional): the date on the paper form, only for a campaign whose year is over.
     */
    public record RegisterPledgeRequest(@ValidId String registrantId,
                                        @NotBlank @Size(max = ApiInput.MAX_NAME) String registrantName,
                                        @NotNull RegistrantKind kind, @ValidId String unitId,
                                        @Positive Integer staffCount,
                                        @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS) List<@NotNull Title> titles,
                                        LocalDate registeredOn) {
    }

    public record AmendPledgeRequest(@Positive Integer staffCount,
                                     @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS) List<@NotNull Title> titles) {
    }

    public record WithdrawPledgeRequest(@NotBlank @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    /** The answer to registering, amending or withdrawing a pledge. */
    public record PledgeCreated(String campaignId, String registrantId, String location) implements Created {
    }

    @Operation(summary = "Register a pledge in a campaign (đăng ký thi đua)",
            description = "A unit registers itself (registrantId = unitId) with its staff count; an individual "
                    + "without one. Secretariat, or the representative of the unit.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","registrantId":"tc-thads",
             "location":"/api/campaigns/btp-cum-iv-2022/pledges/tc-thads"}""")))
    @PostMapping
    ResponseEntity<PledgeCreated> register(@PathVariable("campaignId") @ValidId String campaignId,
                                                @Valid @RequestBody RegisterPledgeRequest body) {
        send(new RegisterPledge(new CampaignId(campaignId), new RegistrantId(body.registrantId()), body.registrantName(),
                body.kind(), new UnitId(body.unitId()), body.staffCount(), body.titles(), body.registeredOn()));
        return pledgeCreated(campaignId, body.registrantId(), "/" + body.unitId());
    }

    @Operation(summary = "Amend a pledge",
            description = "Changes the titles pledged while registration is open. Secretariat, or the "
                    + "representative of the unit.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","registrantId":"tc-thads",
             "location":"/api/campaigns/btp-cum-iv-2022/pledges"}""")))
    @PostMapping("/{registrantId}/amendments")
    ResponseEntity<PledgeCreated> amend(@PathVariable("campaignId") @ValidId String campaignId,
                                             @PathVariable("registrantId") @ValidId String registrantId,
                                             @Valid @RequestBody AmendPledgeRequest body) {
        send(new AmendPledge(new CampaignId(campaignId), new RegistrantId(registrantId), body.staffCount(),
                body.titles()));
        return pledgeCreated(campaignId, registrantId, "");
    }

    @Operation(summary = "Withdraw a pledge, with a reason",
            description = "The reason becomes the audit reason. Secretariat, or the representative of the unit.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","registrantId":"tc-thads",
             "location":"/api/campaigns/btp-cum-iv-2022/pledges"}""")))
    @PostMapping("/{registrantId}/withdrawal")
    ResponseEntity<PledgeCreated> withdraw(@PathVariable("campaignId") @ValidId String campaignId,
                                                @PathVariable("registrantId") @ValidId String registrantId,
                                                @Valid @RequestBody WithdrawPledgeRequest body) {
        sendWithReason(new WithdrawPledge(new CampaignId(campaignId), new RegistrantId(registrantId), body.reason()),
                body.reason());
        return pledgeCreated(campaignId, registrantId, "");
    }

    /**
     * Where pledges are read: the unit's registrations when the request names the unit, else the campaign's coverage
     * (an amendment or withdrawal names only the registrant, whose unit the campaign knows).
     */
    private static ResponseEntity<PledgeCreated> pledgeCreated(String campaignId, String registrantId, String unit) {
        return created(new PledgeCreated(campaignId, registrantId, "/api/campaigns/" + campaignId + "/pledges" + unit));
    }
}
