package vn.thidua.ledger.command.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
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
import vn.thidua.ledger.command.cluster.ClusterFacts;
import vn.thidua.ledger.command.cluster.ClusterYear;
import vn.thidua.ledger.command.common.ApiInput;
import vn.thidua.ledger.command.common.CommandController;
import vn.thidua.ledger.command.common.Created;
import vn.thidua.ledger.command.common.ValidId;
import vn.thidua.ledger.command.rules.RuleVersionOverride;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.RuleVersionBasis;
import vn.thidua.ledger.events.common.UnitId;

/**
 * Phong trào thi đua of a cluster-year: launch, registration window, covenant, scores, ranking,
 * closing. The campaign id is {@code <clusterId>-<year>}; the cluster's name and members for the
 * year are read from the cluster aggregate ({@link ClusterFacts}), never taken from the client.
 */
@RestController
@Tag(name = "Campaigns")
@RequestMapping("/api/campaigns")
public class CampaignController extends CommandController {

    private final ClusterFacts clusters;

    public CampaignController(CommandGateway commandGateway, ClusterFacts clusters) {
        super(commandGateway);
        this.clusters = clusters;
    }

    public record CriterionInput(@ValidId String criterionId, @NotBlank @Size(max = ApiInput.MAX_NAME) String name,
                                 @NotNull CriterionKind kind, @NotNull @Digits(integer = 6, fraction = 2) BigDecimal maxPoints) {

        Criterion toCriterion() {
            return new Criterion(new CriterionId(criterionId), name, kind, maxPoints);
        }
    }

    /** Optional: the rule-set version picked otherwise than by the emulation year; the reason is required. */
    public record LaunchCampaignRequest(@ValidId String clusterId, @NotNull Integer year,
                                        @NotBlank @Size(max = ApiInput.MAX_NAME) String name,
                                        @NotNull @Size(min = 1, max = ApiInput.MAX_ITEMS)
                                        List<@NotNull @Valid CriterionInput> criteria,
                                        @Valid RuleVersionInput ruleVersion) {
    }

    /** The reason is checked by the aggregate, so a missing one is refused with its own code, REASON_REQUIRED. */
    public record RuleVersionInput(@NotNull RuleVersionBasis basis, LocalDate dossierReceivedOn,
                                   @Size(max = ApiInput.MAX_TEXT) String reason) {

        RuleVersionOverride toOverride() {
            return new RuleVersionOverride(basis, dossierReceivedOn, reason);
        }
    }

    public record RegistrationWindowRequest(@NotNull LocalDate opensOn, @NotNull LocalDate closesOn) {
    }

    public record CovenantSignatureRequest(@ValidId String unitId) {
    }

    public record SelfAssessmentRequest(@ValidId String criterionId,
                                        @NotNull @Digits(integer = 6, fraction = 2) BigDecimal points) {
    }

    /** The reason is checked by the aggregate, so a missing one is refused with its own code, REASON_REQUIRED. */
    public record AdjustmentRequest(@ValidId String criterionId,
                                    @NotNull @Digits(integer = 6, fraction = 2) BigDecimal points,
                                    @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    public record ConferenceRequest(@NotNull LocalDate heldOn,
                                    @NotBlank @Size(max = ApiInput.MAX_NAME) String chairedBy) {
    }

    public record DraftSummaryRequest(@NotBlank @Size(max = ApiInput.MAX_NAME) String presentedBy,
                                      @NotBlank @Size(max = ApiInput.MAX_TEXT) String draft) {
    }

    public record SummaryCommentRequest(@ValidId String unitId,
                                        @NotBlank @Size(max = ApiInput.MAX_TEXT) String comment) {
    }

    /** The note is the audit reason too: why these figures are not a real record. */
    public record IllustrativeFiguresRequest(@NotNull @Size(min = 1, max = 2) List<@NotNull IllustrativeFigure> figures,
                                             @NotBlank @Size(max = ApiInput.MAX_TEXT) String note) {
    }

    /** The reason is the audit reason too: why the campaign's candidates must now have records. */
    public record RecordsRequirementRequest(@NotBlank @Size(max = ApiInput.MAX_TEXT) String reason) {
    }

    public record ClosureRequest(@NotBlank @Size(max = ApiInput.MAX_TEXT) String summary) {
    }

    /** The answer to launching, scheduling, ranking or closing a campaign. */
    public record CampaignCreated(String campaignId, String location) implements Created {
    }

    /** The answer to what a member unit does in a campaign: its covenant signature, its scorecard's entries. */
    public record CampaignUnitCreated(String campaignId, String unitId, String location) implements Created {
    }

    @Operation(summary = "Launch the campaign of a cluster-year (phát động phong trào thi đua)",
            description = "The campaign id is {clusterId}-{year}; the cluster name and members come from the "
                    + "cluster, the scoring scheme from the body. The rule-set version is the one in force on 1 "
                    + "January of the year unless ruleVersion says otherwise, with a reason (e.g. DOSSIER_RECEIVED "
                    + "on dossierReceivedOn). Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","location":"/api/public/clusters/btp-cum-iv/years/2022/summary"}""")))
    @PostMapping
    ResponseEntity<CampaignCreated> launch(@Valid @RequestBody LaunchCampaignRequest body) {
        ClusterId clusterId = new ClusterId(body.clusterId());
        CampaignId campaignId = CampaignId.of(clusterId, body.year());
        ClusterYear cluster = clusters.inYear(clusterId, body.year());
        send(new LaunchCampaign(campaignId, clusterId, cluster.name(), body.year(), body.name(),
                new ScoringScheme(body.criteria().stream().map(CriterionInput::toCriterion).toList()), cluster.members(),
                null, body.ruleVersion() == null ? null : body.ruleVersion().toOverride()));
        return created(new CampaignCreated(campaignId.value(), location(campaignId.value())));
    }

    @Operation(summary = "Set the registration window of a campaign",
            description = "From opensOn to closesOn pledges may be registered. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","location":"/api/public/clusters/btp-cum-iv/years/2022/summary"}""")))
    @PostMapping("/{campaignId}/registration-window")
    ResponseEntity<CampaignCreated> setRegistrationWindow(@PathVariable("campaignId") @ValidId String campaignId,
                                                          @Valid @RequestBody RegistrationWindowRequest body) {
        send(new SetRegistrationWindow(new CampaignId(campaignId), body.opensOn(), body.closesOn()));
        return created(new CampaignCreated(campaignId, location(campaignId)));
    }

    @Operation(summary = "Sign the emulation covenant for a member unit (ký giao ước thi đua)",
            description = "Secretariat, or the representative of that unit.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","unitId":"tc-thads",
             "location":"/api/public/clusters/btp-cum-iv/years/2022/summary"}""")))
    @PostMapping("/{campaignId}/covenant-signatures")
    ResponseEntity<CampaignUnitCreated> signCovenant(@PathVariable("campaignId") @ValidId String campaignId,
                                                     @Valid @RequestBody CovenantSignatureRequest body) {
        send(new SignCovenant(new CampaignId(campaignId), new UnitId(body.unitId())));
        return created(new CampaignUnitCreated(campaignId, body.unitId(), location(campaignId)));
    }

    @Operation(summary = "Self-assess a unit's points on a criterion (tự chấm điểm)",
            description = "Secretariat, or the representative of that unit, until the scorecard is finalised.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","unitId":"tc-thads",
             "location":"/api/campaigns/btp-cum-iv-2022/ranking/draft"}""")))
    @PostMapping("/{campaignId}/scorecards/{unitId}/self-assessments")
    ResponseEntity<CampaignUnitCreated> selfAssess(@PathVariable("campaignId") @ValidId String campaignId,
                                                   @PathVariable("unitId") @ValidId String unitId,
                                                   @Valid @RequestBody SelfAssessmentRequest body) {
        send(new SelfAssessScore(new CampaignId(campaignId), new UnitId(unitId), new CriterionId(body.criterionId()),
                body.points()));
        return scorecardCreated(campaignId, unitId);
    }

    @Operation(summary = "Adjust a unit's points on a criterion, with a reason (thẩm định)",
            description = "The reason is required (REASON_REQUIRED) and becomes the audit reason. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","unitId":"tc-thads",
             "location":"/api/campaigns/btp-cum-iv-2022/ranking/draft"}""")))
    @PostMapping("/{campaignId}/scorecards/{unitId}/adjustments")
    ResponseEntity<CampaignUnitCreated> adjust(@PathVariable("campaignId") @ValidId String campaignId,
                                               @PathVariable("unitId") @ValidId String unitId,
                                               @Valid @RequestBody AdjustmentRequest body) {
        sendWithReason(new AdjustScore(new CampaignId(campaignId), new UnitId(unitId),
                new CriterionId(body.criterionId()), body.points(), body.reason()), body.reason());
        return scorecardCreated(campaignId, unitId);
    }

    @Operation(summary = "Finalise a unit's scorecard",
            description = "No more self-assessments or adjustments for that unit. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","unitId":"tc-thads",
             "location":"/api/campaigns/btp-cum-iv-2022/ranking/draft"}""")))
    @PostMapping("/{campaignId}/scorecards/{unitId}/finalisation")
    ResponseEntity<CampaignUnitCreated> finalise(@PathVariable("campaignId") @ValidId String campaignId,
                                                 @PathVariable("unitId") @ValidId String unitId) {
        send(new FinaliseScorecard(new CampaignId(campaignId), new UnitId(unitId)));
        return scorecardCreated(campaignId, unitId);
    }

    @Operation(summary = "Publish the ranking of a campaign (công bố kết quả xếp hạng)",
            description = "Freezes the ranking by the method of the rule set in force. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","location":"/api/public/campaigns/btp-cum-iv-2022/ranking"}""")))
    @PostMapping("/{campaignId}/ranking")
    ResponseEntity<CampaignCreated> publishRanking(@PathVariable("campaignId") @ValidId String campaignId) {
        send(new PublishRanking(new CampaignId(campaignId)));
        return created(new CampaignCreated(campaignId, publishedRanking(campaignId)));
    }

    @Operation(summary = "Record the year-end conference (hội nghị tổng kết)",
            description = "Its date (in the campaign's year, or January of the next) and its chair; once. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","location":"/api/public/clusters/btp-cum-iv/years/2022/summary"}""")))
    @PostMapping("/{campaignId}/year-end-conference")
    ResponseEntity<CampaignCreated> holdConference(@PathVariable("campaignId") @ValidId String campaignId,
                                                   @Valid @RequestBody ConferenceRequest body) {
        send(new HoldYearEndConference(new CampaignId(campaignId), body.heldOn(), body.chairedBy()));
        return created(new CampaignCreated(campaignId, location(campaignId)));
    }

    @Operation(summary = "Record the draft summary report presented at the conference (dự thảo báo cáo tổng kết)",
            description = "Who presented it and its text; after the conference, once. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","location":"/api/public/clusters/btp-cum-iv/years/2022/summary"}""")))
    @PostMapping("/{campaignId}/draft-summary")
    ResponseEntity<CampaignCreated> presentDraftSummary(@PathVariable("campaignId") @ValidId String campaignId,
                                                        @Valid @RequestBody DraftSummaryRequest body) {
        send(new PresentDraftSummary(new CampaignId(campaignId), body.presentedBy(), body.draft()));
        return created(new CampaignCreated(campaignId, location(campaignId)));
    }

    @Operation(summary = "Record a member unit's comment on the draft summary report (góp ý dự thảo)",
            description = "As the conference's minutes give it; after the draft is presented. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","unitId":"vu-cvdcxdpl",
             "location":"/api/public/clusters/btp-cum-iv/years/2022/summary"}""")))
    @PostMapping("/{campaignId}/summary-comments")
    ResponseEntity<CampaignUnitCreated> recordSummaryComment(@PathVariable("campaignId") @ValidId String campaignId,
                                                             @Valid @RequestBody SummaryCommentRequest body) {
        send(new RecordSummaryComment(new CampaignId(campaignId), new UnitId(body.unitId()), body.comment()));
        return created(new CampaignUnitCreated(campaignId, body.unitId(), location(campaignId)));
    }

    @Operation(summary = "Declare figures of a campaign illustrative (công bố số liệu minh họa)",
            description = "SCORES (the points and totals) and/or RANKING (the order of the units) are invented, not a "
                    + "real record: the ranking views and pages then label them \"minh họa\". Adds to earlier "
                    + "declarations, never withdrawn; the note is required and becomes the audit reason. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","location":"/api/public/campaigns/btp-cum-iv-2022/ranking"}""")))
    @PostMapping("/{campaignId}/illustrative-figures")
    ResponseEntity<CampaignCreated> declareIllustrative(@PathVariable("campaignId") @ValidId String campaignId,
                                                        @Valid @RequestBody IllustrativeFiguresRequest body) {
        sendWithReason(new DeclareIllustrativeFigures(new CampaignId(campaignId), body.figures(), body.note()),
                body.note());
        return created(new CampaignCreated(campaignId, publishedRanking(campaignId)));
    }

    @Operation(summary = "Require emulation records of the campaign's candidates (bắt buộc hồ sơ thi đua)",
            description = "From now on a round of the campaign for a title with criteria (Chiến sĩ thi đua, Tập thể "
                    + "lao động tiên tiến / xuất sắc; R2–R5) is not opened, and a commendation citing one of its rounds "
                    + "is not decided, for a candidate without a hồ sơ thi đua of the year (EMULATION_RECORD_MISSING). "
                    + "Once, never withdrawn; the reason is required and becomes the audit reason. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2024","location":"/api/public/clusters/btp-cum-iv/years/2024/summary"}""")))
    @PostMapping("/{campaignId}/emulation-records-requirement")
    ResponseEntity<CampaignCreated> requireRecords(@PathVariable("campaignId") @ValidId String campaignId,
                                                   @Valid @RequestBody RecordsRequirementRequest body) {
        sendWithReason(new RequireEmulationRecords(new CampaignId(campaignId), body.reason()), body.reason());
        return created(new CampaignCreated(campaignId, location(campaignId)));
    }

    @Operation(summary = "Close a campaign (tổng kết phong trào)",
            description = "With a summary; nothing more is recorded in the campaign afterwards. Secretariat.")
    @ApiResponse(responseCode = "201", content = @Content(examples = @ExampleObject(value = """
            {"campaignId":"btp-cum-iv-2022","location":"/api/public/clusters/btp-cum-iv/years/2022/summary"}""")))
    @PostMapping("/{campaignId}/closure")
    ResponseEntity<CampaignCreated> close(@PathVariable("campaignId") @ValidId String campaignId,
                                          @Valid @RequestBody ClosureRequest body) {
        send(new CloseCampaign(new CampaignId(campaignId), body.summary()));
        return created(new CampaignCreated(campaignId, location(campaignId)));
    }

    private static ResponseEntity<CampaignUnitCreated> scorecardCreated(String campaignId, String unitId) {
        return created(new CampaignUnitCreated(campaignId, unitId, draftRanking(campaignId)));
    }

    /**
     * Where a campaign's own facts (its launch, window, covenant, conference, closure) are read: the cluster's year
     * summary, which shows them all. A campaign's id is {@code <clusterId>-<year>} ({@link CampaignId#of}).
     */
    private static String location(String campaignId) {
        int dash = campaignId.lastIndexOf('-');
        return "/api/public/clusters/" + campaignId.substring(0, dash) + "/years/" + campaignId.substring(dash + 1)
                + "/summary";
    }

    /** Where scorecards are read while the campaign is scored: the draft ranking, every unit's points. */
    private static String draftRanking(String campaignId) {
        return "/api/campaigns/" + campaignId + "/ranking/draft";
    }

    private static String publishedRanking(String campaignId) {
        return "/api/public/campaigns/" + campaignId + "/ranking";
    }
}
