package vn.thidua.ledger.query.summary;

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
import vn.thidua.ledger.query.export.Download;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.Versioned;

/** Tải báo cáo tổng kết (the year summary as a Word document): public, like the JSON summary it renders. */
@RestController
@Tag(name = "Exports")
class YearSummaryExportController {

    private final YearSummaryReader reader;

    YearSummaryExportController(YearSummaryReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/public/clusters/{clusterId}/years/{year}/summary.docx")
    @Operation(summary = "The year summary of a cluster as a Word document (báo cáo tổng kết, docx)",
               description = "The facts of GET /api/public/clusters/{clusterId}/years/{year}/summary in the outline of "
                       + "a báo cáo tổng kết: I. Đặc điểm, tình hình; II. Kết quả (phát động, đăng ký, giao ước, xếp "
                       + "hạng, bình xét, khen thưởng); III. Đánh giá chung; IV. Phương hướng năm sau. Dates dd/MM/yyyy. "
                       + "With asOf, the year as it stood then, as the JSON read shows it, with the same ETag. "
                       + "Invented figures say so as in the JSON: \"Số liệu minh họa (…): note\" above the ranking, "
                       + "\"(minh họa)\" in the headers of the figures declared and on the leading units, and a "
                       + "round's winners followed by \"(số phiếu minh họa: note)\".")
    @ApiResponse(responseCode = "200", description = "The document, as an attachment bao-cao-tong-ket-{clusterId}-{year}.docx",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(mediaType = Download.DOCX, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_AS_OF, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No campaign for this cluster and year (as of then)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<byte[]> summary(@Parameter(example = "btp-cum-iv") @PathVariable String clusterId,
                                   @Parameter(example = "2022") @PathVariable int year,
                                   @Parameter(description = ApiDocs.AS_OF, example = ApiDocs.AS_OF_EXAMPLE)
                                   @RequestParam(required = false) String asOf,
                                   WebRequest request) {
        Versioned<YearSummaryState> summary = reader.read(clusterId, year, asOf);
        return Download.respond(request, summary.position(), Download.DOCX,
                                "bao-cao-tong-ket-" + clusterId + "-" + year + ".docx",
                                () -> YearSummaryDocument.of(YearSummaryView.of(summary.view())));
    }
}
