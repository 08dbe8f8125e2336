package vn.thidua.ledger.query.audit;

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
import vn.thidua.ledger.query.export.VietnamDates;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.InvalidQueryException;
import vn.thidua.ledger.query.view.PageRequest;
import vn.thidua.ledger.query.view.QueryRejectionCode;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.util.ArrayList;
import java.util.List;

/**
 * Trích xuất nhật ký kiểm toán: the audit history of a filter as one file, xlsx or CSV, for AUDITOR and SECRETARIAT
 * (the URL rule of {@code GET /api/audit/**}, like the JSON search). The same filters; no pages: every matching
 * entry, up to {@value #MAX_ROWS}, beyond which the filter must be narrowed (a file of that size is already more than
 * a person reads, and the export holds its rows in memory while it writes).
 */
@RestController
@Tag(name = "Exports")
class AuditExportController {

    static final int MAX_ROWS = 20_000;

    private final AuditLog log;

    AuditExportController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit/events.{format}")
    @Operation(summary = "Export the audit history of a filter (xlsx or CSV)",
               description = "Every entry the filters match (as GET /api/audit/events, combined with AND), newest or "
                       + "oldest first, as an Excel workbook (format xlsx) or UTF-8 CSV with a byte-order mark (format "
                       + "csv). Columns: position, time (dd/MM/yyyy HH:mm:ss, Vietnam), event type, summary, actor, "
                       + "roles, acting unit, reason, cluster, year, units, aggregate, rules applied, request id. At "
                       + "most " + MAX_ROWS + " entries (EXPORT_TOO_LARGE otherwise). ETag = newest position.")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment nhat-ky-kiem-toan.xlsx or .csv",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = {@Content(mediaType = Download.XLSX, schema = @Schema(type = "string", format = "binary")),
                            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = "Bad filter or too many entries: EXPORT_TOO_LARGE, INVALID_TIME, "
            + "INVALID_TIME_RANGE, INVALID_ORDER, MALFORMED_REQUEST", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "A format other than xlsx or csv",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<byte[]> export(
            @Parameter(description = "xlsx or csv", example = "xlsx",
                       schema = @Schema(type = "string", allowableValues = {"xlsx", "csv"}))
            @PathVariable String format,
            @Parameter(description = "Cluster id", example = "btp-cum-iv") @RequestParam(required = false) String cluster,
            @Parameter(description = "Emulation year", example = "2022") @RequestParam(required = false) Integer year,
            @Parameter(description = "Unit the event concerns", example = "tc-thads") @RequestParam(required = false) String unit,
            @Parameter(description = "Aggregate id", example = "btp-cum-iv-2022") @RequestParam(required = false) String aggregate,
            @Parameter(description = "Principal who caused the event", example = "thu-ky") @RequestParam(required = false) String actor,
            @Parameter(description = "Event type (simple name)", example = "ScoreAdjusted") @RequestParam(required = false) String type,
            @Parameter(description = "From (inclusive): ISO instant, or a date meaning its start in Vietnam",
                       example = "2022-12-09") @RequestParam(required = false) String from,
            @Parameter(description = "To (inclusive): ISO instant, or a date meaning its end in Vietnam",
                       example = "2022-12-09") @RequestParam(required = false) String to,
            @Parameter(description = "newest (default) or oldest first", example = "oldest")
            @RequestParam(required = false) String order,
            WebRequest request) {
        boolean xlsx = format.equals("xlsx");
        if (!xlsx && !format.equals("csv")) {
            throw new ViewNotFoundException("No export format " + format + ": xlsx or csv");
        }
        AuditFilter filter = new AuditFilter(cluster, year, unit, aggregate, actor, type,
                                             AuditFilter.time("from", from, false), AuditFilter.time("to", to, true));
        PageRequest.Order sequence = PageRequest.order(order);
        long total = log.select(filter, 0, 0, sequence).total();
        if (total > MAX_ROWS) {
            throw new InvalidQueryException(QueryRejectionCode.EXPORT_TOO_LARGE, total + " entries match; an export "
                    + "holds at most " + MAX_ROWS + ": narrow the filter (a year, a unit, a time range)");
        }
        List<String> described = describe(filter);
        return Download.respond(request, log.head(), xlsx ? Download.XLSX : Download.CSV,
                "nhat-ky-kiem-toan." + format, () -> {
                    List<AuditEntry> entries = log.select(filter, 0, MAX_ROWS, sequence).entries();
                    return xlsx ? AuditHistoryExport.xlsx(entries, described) : AuditHistoryExport.csv(entries);
                });
    }

    /** The filter as lines under the sheet's title, so a printed export says what it is an export of. */
    private static List<String> describe(AuditFilter f) {
        List<String> lines = new ArrayList<>();
        add(lines, "Cụm", f.cluster());
        add(lines, "Năm", f.year());
        add(lines, "Đơn vị", f.unit());
        add(lines, "Đối tượng", f.aggregate());
        add(lines, "Người thực hiện", f.actor());
        add(lines, "Loại sự kiện", f.type());
        add(lines, "Từ", f.from() == null ? null : VietnamDates.dateTime(f.from()));
        add(lines, "Đến", f.to() == null ? null : VietnamDates.dateTime(f.to()));
        if (lines.isEmpty()) {
            lines.add("Toàn bộ nhật ký");
        }
        return lines;
    }

    private static void add(List<String> lines, String label, Object value) {
        if (value != null && !value.toString().isBlank()) {
            lines.add(label + ": " + value);
        }
    }
}
