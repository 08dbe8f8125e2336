package vn.thidua.ledger.query.pledge;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.access.CampaignReadAccess;
import vn.thidua.ledger.query.access.CurrentReader;
import vn.thidua.ledger.query.access.Reader;
import vn.thidua.ledger.query.export.Download;
import vn.thidua.ledger.query.pledge.PledgeRegisterWorkbook.UnitRegister;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tải sổ đăng ký thi đua (the pledge register as a workbook): for the readers of the JSON pledge reads, under the
 * same rules ({@link CampaignReadAccess}): a unit representative only for campaigns of its cluster, and the names of
 * individual registrants only where the reader may see them (left empty otherwise).
 */
@RestController
@Tag(name = "Exports")
@SecurityRequirement(name = "basic")
@SecurityRequirement(name = "bearer")
class PledgeExportController {

    /** Registrations read at a time (16 blocks of lines): a unit of thousands of staff is a few reads. */
    private static final int READ_BATCH = 16 * UnitLines.SIZE;

    private final PledgeViews views;
    private final CurrentReader reader;
    private final CampaignReadAccess access;

    PledgeExportController(PledgeViews views, CurrentReader reader, CampaignReadAccess access) {
        this.views = views;
        this.reader = reader;
        this.access = access;
    }

    @GetMapping("/api/campaigns/{campaignId}/pledges.xlsx")
    @Operation(summary = "Pledge register of a campaign, as an Excel workbook (xlsx)",
               description = "Sheets: Tổng hợp (per unit: headcount, individuals registered, coverage, collective "
                       + "titles; and the total) and Sổ đăng ký (every registration of every unit: titles, status, "
                       + "date registered and of the last change, dd/MM/yyyy, withdrawal reason). Signed-in users; a "
                       + "unit representative only for campaigns its unit belongs to; names of individuals only for "
                       + "the secretariat, auditors and the unit's own representative (empty otherwise).")
    @ApiResponse(responseCode = "200", description = "The workbook, as an attachment dang-ky-thi-dua-{campaignId}.xlsx",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(mediaType = Download.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "403", description = ApiDocs.NOT_YOUR_CAMPAIGN, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<byte[]> register(
            @Parameter(description = "Campaign id", example = "btp-cum-iv-2022") @PathVariable String campaignId,
            WebRequest request) {
        Reader caller = reader.get();
        Versioned<CampaignPledges> found = views.campaigns().find(campaignId)
                .orElseThrow(() -> new ViewNotFoundException("No campaign " + campaignId));
        CampaignPledges campaign = found.view();
        access.checkCampaign(caller, campaignId, campaign.clusterId(), campaign.year(),
                             campaign.units().stream().map(UnitCoverage::unitId).toList());
        // Not the campaign line's position alone: an individual's amendment changes only its registration. The
        // register's version is the newest position among everything it shows.
        List<UnitRegister> units = units(campaign, caller);
        long position = Math.max(found.position(), units.stream().mapToLong(UnitRegister::position).max().orElse(0));
        return Download.respond(request, position, Download.XLSX, "dang-ky-thi-dua-" + campaignId + ".xlsx",
                                () -> PledgeRegisterWorkbook.of(campaign, units));
    }

    private List<UnitRegister> units(CampaignPledges campaign, Reader caller) {
        List<UnitRegister> units = new ArrayList<>();
        for (UnitCoverage unit : campaign.units()) {
            Optional<Versioned<UnitPledges>> head = views.units().find(PledgeViews.key(campaign.campaignId(), unit.unitId()));
            int registrants = head.map(found -> found.view().registrants()).orElse(0);
            boolean names = access.seesPersonalNamesOf(caller, unit.unitId());
            List<Versioned<Registration>> registrations = registrations(campaign.campaignId(), unit.unitId(), registrants);
            long position = registrations.stream().mapToLong(Versioned::position)
                    .reduce(head.map(Versioned::position).orElse(0L), Math::max);
            units.add(new UnitRegister(unit, registrations.stream().map(Versioned::view)
                    .map(r -> names ? r : r.withoutIndividualName()).toList(), position));
        }
        return units;
    }

    private List<Versioned<Registration>> registrations(String campaignId, String unitId, int count) {
        List<Versioned<Registration>> registrations = new ArrayList<>(count);
        for (int from = 0; from < count; from += READ_BATCH) {
            registrations.addAll(views.registrations(campaignId, unitId, from, Math.min(count, from + READ_BATCH)));
        }
        return registrations;
    }
}
