package vn.thidua.ledger.query.pledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.access.CampaignReadAccess;
import vn.thidua.ledger.query.access.CurrentReader;
import vn.thidua.ledger.query.access.Reader;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.Page;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.util.List;

/**
 * Đăng ký thi đua: the pledges of a campaign and of each unit, with the coverage figures. Signed-in users; a unit
 * representative only for campaigns its unit belongs to, and the names of individual registrants only for the
 * secretariat, auditors and the unit's own representative ({@link CampaignReadAccess}).
 */
@RestController
@RequestMapping("/api/campaigns/{campaignId}/pledges")
@Tag(name = "Pledges")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class PledgeQueryController {

    /** The campaign's coverage and one page of its units. */
    record CampaignPledgesPage(String campaignId, String clusterId, int year, String campaignName, Coverage coverage,
                               Page<UnitCoverage> units) {
    }

    /**
     * One unit's coverage and one page of its registrations; {@code individualNamesShown} false when the names of
     * individual registrants are left out (null) for this reader.
     */
    record UnitPledgesPage(String campaignId, int year, UnitCoverage unit, boolean individualNamesShown,
                           Page<Registration> registrations) {
    }

    private static final String CAMPAIGN_EXAMPLE = """
            {"campaignId":"btp-cum-iv-2022","clusterId":"btp-cum-iv","year":2022,
             "campaignName":"Phong trào thi đua năm 2022 của Cụm thi đua số IV",
             "coverage":{"registeredIndividuals":42,"staffCount":42,"percent":100.0},
             "units":{"items":[{"unitId":"vu-htqt","unitName":"Vụ Hợp tác quốc tế",
               "coverage":{"registeredIndividuals":42,"staffCount":42,"percent":100.0},
               "unitTitles":["EXCELLENT_COLLECTIVE"]}],"page":0,"size":20,"totalItems":1,"totalPages":1}}""";

    private final PledgeViews views;
    private final CurrentReader reader;
    private final CampaignReadAccess access;

    PledgeQueryController(PledgeViews views, CurrentReader reader, CampaignReadAccess access) {
        this.views = views;
        this.reader = reader;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Pledge coverage of a campaign, per unit (tỷ lệ đăng ký thi đua)",
               description = "Per member unit: individuals with an active pledge, the headcount the unit declared "
                       + "and the coverage in percent, and the collective titles the unit registered for; the "
                       + "campaign's coverage over the units whose headcount is known. Units are paged.")
    @ApiResponse(responseCode = "200", description = "Coverage and one page of units",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(examples = @ExampleObject(value = CAMPAIGN_EXAMPLE)))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = "page or size out of range (VALIDATION_FAILED)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "403", description = ApiDocs.NOT_YOUR_CAMPAIGN, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<CampaignPledgesPage> campaign(
            @Parameter(description = "Campaign id", example = "btp-cum-iv-2022") @PathVariable String campaignId,
            @Parameter(description = ApiDocs.PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = ApiDocs.SIZE) @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1)
            @Max(Page.MAX_SIZE) int size,
            WebRequest request) {
        Versioned<CampaignPledges> found = readableCampaign(campaignId, reader.get());
        return ConditionalGet.respond(found, request, c -> new CampaignPledgesPage(c.campaignId(), c.clusterId(),
                c.year(), c.campaignName(), c.coverage(), Page.of(c.units(), page, size)));
    }

    @GetMapping("/{unitId}")
    @Operation(summary = "The pledges of one unit in a campaign",
               description = "The unit's coverage and its registrations (its own and its staff's), each with titles, "
                       + "status and history: registration, amendments, withdrawal with its reason. Paged. The names "
                       + "of individual registrants are shown to the secretariat, auditors and the unit's own "
                       + "representative only; others get them as null (individualNamesShown false).")
    @ApiResponse(responseCode = "200", description = "Coverage and one page of registrations",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = "page or size out of range (VALIDATION_FAILED)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "403", description = ApiDocs.NOT_YOUR_CAMPAIGN, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No pledge of this unit in the campaign",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<UnitPledgesPage> unit(
            @Parameter(description = "Campaign id", example = "btp-cum-iv-2022") @PathVariable String campaignId,
            @Parameter(description = "Unit id", example = "vu-htqt") @PathVariable String unitId,
            @Parameter(description = ApiDocs.PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = ApiDocs.SIZE) @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1)
            @Max(Page.MAX_SIZE) int size,
            WebRequest request) {
        Reader caller = reader.get();
        // The campaign first, so that a reader outside the cluster learns nothing about the unit's pledges.
        readableCampaign(campaignId, caller);
        Versioned<UnitPledges> found = views.units().find(PledgeViews.key(campaignId, unitId))
                .orElseThrow(() -> new ViewNotFoundException("No pledge of unit " + unitId + " in campaign " + campaignId));
        boolean names = access.seesPersonalNamesOf(caller, unitId);
        return ConditionalGet.respond(found, request, u -> new UnitPledgesPage(u.campaignId(), u.year(), u.coverage(),
                names, registrations(u, page, size, names)));
    }

    private Versioned<CampaignPledges> readableCampaign(String campaignId, Reader caller) {
        Versioned<CampaignPledges> found = views.campaigns().find(campaignId)
                .orElseThrow(() -> new ViewNotFoundException("No campaign " + campaignId));
        CampaignPledges campaign = found.view();
        access.checkCampaign(caller, campaignId, campaign.clusterId(), campaign.year(),
                             campaign.units().stream().map(UnitCoverage::unitId).toList());
        return found;
    }

    /**
     * One page of the unit's registrations, read by line number ({@link PledgeViews#registrations}); the names of
     * individuals only when the caller may see them.
     */
    private Page<Registration> registrations(UnitPledges unit, int page, int size, boolean names) {
        long[] bounds = Page.bounds(page, size, unit.registrants());
        List<Registration> items = views.registrations(unit.campaignId(), unit.unitId(), (int) bounds[0], (int) bounds[1])
                .stream().map(Versioned::view).map(r -> names ? r : r.withoutIndividualName()).toList();
        return Page.loaded(items, page, size, unit.registrants());
    }
}
