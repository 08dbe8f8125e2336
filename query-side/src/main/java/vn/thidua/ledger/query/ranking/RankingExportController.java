package vn.thidua.ledger.query.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.asof.AsOf;
import vn.thidua.ledger.query.asof.AsOfReader;
import vn.thidua.ledger.query.export.Download;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/**
 * Tải bảng xếp hạng (the published ranking as a workbook): open to everyone, like the JSON read it exports, and
 * 404 until the ranking is published.
 */
@RestController
@Tag(name = "Exports")
class RankingExportController {

    private final RankingViews views;
    private final AsOfReader asOfReader;
    private final RankingHistory history;

    RankingExportController(RankingViews views, AsOfReader asOfReader, RankingHistory history) {
        this.views = views;
        this.asOfReader = asOfReader;
        this.history = history;
    }

    @GetMapping("/api/public/campaigns/{campaignId}/ranking.xlsx")
    @Operation(summary = "Published ranking with its breakdown, as an Excel workbook (xlsx)",
               description = "Sheets: Xếp hạng (rank, unit, total, points per criterion), Chi tiết điểm (every "
                       + "criterion: self-assessed, appraised, counted), Điều chỉnh điểm (every adjustment with reason, "
                       + "reviewer and time). Dates dd/MM/yyyy, times in Vietnam. The same table as GET "
                       + "/api/public/campaigns/{campaignId}/ranking; open to everyone.")
    @ApiResponse(responseCode = "200", description = "The workbook, as an attachment xep-hang-{campaignId}.xlsx",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(mediaType = Download.XLSX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_AS_OF, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such campaign, or its ranking is not published (as of then)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<byte[]> published(
            @Parameter(description = "Campaign id: cluster id and year", example = "btp-cum-iv-2022")
            @PathVariable String campaignId,
            @Parameter(description = ApiDocs.AS_OF, example = ApiDocs.AS_OF_EXAMPLE)
            @RequestParam(required = false) String asOf,
            WebRequest request) {
        RankingView view = (asOf == null ? views.store().find(campaignId)
                : asOfReader.fold(AsOf.parse(asOf), campaignId, history)).map(Versioned::view)
                .orElseThrow(() -> new ViewNotFoundException("No campaign " + campaignId));
        RankingView.RankingTable published = view.published();
        if (published == null) {
            throw new ViewNotFoundException("The ranking of campaign " + campaignId + " is not published");
        }
        return Download.respond(request, view.publishedVersion(), Download.XLSX, "xep-hang-" + campaignId + ".xlsx",
                                () -> RankingWorkbook.of(view.campaign(), published, view.illustrative()));
    }
}
