package vn.thidua.ledger.query.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.PageRequest;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/** The audit history over HTTP: AUDITOR and SECRETARIAT only (URL rule {@code GET /api/audit/**}). */
@RestController
@RequestMapping("/api/audit/events")
@Tag(name = "Audit history")
class AuditQueryController {

    private static final String PAGE_EXAMPLE = """
            {"items":[{"position":42,"timestamp":"2022-12-09T02:15:00Z","type":"ScoreAdjusted","revision":"1",
             "aggregateType":"Campaign","aggregateId":"btp-cum-iv-2022","sequence":7,"actor":"thu-ky",
             "roles":["SECRETARIAT"],"reason":"Thẩm định theo biên bản ngày 09/12/2022","clusterId":"btp-cum-iv",
             "year":2022,"unitIds":["tc-thads"],"rules":[],
             "summary":"Thẩm định điểm của Tổng cục Thi hành án dân sự, tiêu chí Thực hiện nhiệm vụ chuyên môn: 50 → 55 (...)",
             "payload":{"campaignId":"btp-cum-iv-2022","points":55}}],
             "page":0,"size":50,"total":1,"order":"newest"}""";

    private final AuditLog log;
    private final AuditPayloads payloads;

    AuditQueryController(AuditLog log, AuditPayloads payloads) {
        this.log = log;
        this.payloads = payloads;
    }

    @GetMapping
    @Operation(summary = "Search the audit history",
               description = "All filters are optional and combined with AND. ETag = newest position in the history.",
               responses = {
                       @ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = PAGE_EXAMPLE))),
                       @ApiResponse(responseCode = "400", description = "Bad filter: INVALID_PAGE_SIZE, INVALID_PAGE, "
                               + "INVALID_ORDER, INVALID_TIME, INVALID_TIME_RANGE, MALFORMED_REQUEST"),
                       @ApiResponse(responseCode = "401", description = "Not signed in"),
                       @ApiResponse(responseCode = "403", description = "Neither AUDITOR nor SECRETARIAT")})
    ResponseEntity<AuditPage> search(
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
            @Parameter(description = "Zero-based page", example = "0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Page size, 1-" + PageRequest.MAX_SIZE, example = "50")
            @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size,
            @Parameter(description = "newest (default) or oldest first", example = "newest")
            @RequestParam(required = false) String order,
            WebRequest request) {
        AuditFilter filter = new AuditFilter(cluster, year, unit, aggregate, actor, type,
                                             AuditFilter.time("from", from, false), AuditFilter.time("to", to, true));
        PageRequest paging = new PageRequest(page, size, PageRequest.order(order));
        // The history only grows at its head, so the head position versions every filtered page too.
        return ConditionalGet.respond(request, log.head(), () -> payloads.of(log.query(filter, paging)));
    }

    @GetMapping("/{position}")
    @Operation(summary = "One audit entry by its global position",
               description = "The event at this position with its actor, reason, rule version and correlation.",
               responses = {@ApiResponse(responseCode = "200"),
                            @ApiResponse(responseCode = "404", description = "No event at this position")})
    ResponseEntity<AuditEntry> entry(@Parameter(description = "Global position", example = "42") @PathVariable long position,
                                     WebRequest request) {
        // The ledger is read only for an answer with a body, not for a 304.
        return ConditionalGet.respond(log.find(position).orElseThrow(
                () -> new ViewNotFoundException("No audited event at position " + position)), request, payloads::of);
    }
}
