package vn.thidua.ledger.query.council;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.export.VietnamDates;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.InvalidQueryException;
import vn.thidua.ledger.query.view.QueryRejectionCode;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Danh sách thành viên Hội đồng Thi đua – Khen thưởng: who sat on each council on a day, with the decisions that
 * appointed and relieved them, and the grassroots threshold in force. For signed-in readers only (docs/security.md:
 * the roster names officials under the ids they vote and may sign in with).
 */
@RestController
@Tag(name = "Councils")
@RequestMapping("/api/councils")
class CouncilQueryController {

    private static final String ON = "The day whose roster to show (YYYY-MM-DD); today in Vietnam when left out. "
            + "Before the council was established nobody sits.";
    private static final String BAD_ON = "on is not an ISO-8601 date (code INVALID_DATE).";
    private static final String EXAMPLE = """
            {"councilId":"btp-hdtdkt","name":"Hội đồng Thi đua – Khen thưởng Bộ Tư pháp (minh họa)",
             "unitId":"btp","unitName":"Bộ Tư pháp","establishedBy":"MH-100/QĐ-BTP","establishedOn":"2024-01-02",
             "on":"2024-06-01",
             "chair":{"voterId":"hd-chu-tich","name":"Chủ tịch Hội đồng (minh họa)","unitId":"btp","unitName":"Bộ Tư pháp",
                      "role":"CHAIR","since":"2024-01-02","appointedBy":"MH-100/QĐ-BTP","until":null,"relievedBy":null},
             "standingMember":{"voterId":"hd-thuong-truc","name":"Ủy viên thường trực (minh họa)","unitId":"vu-tdkt",
                      "unitName":"Vụ Thi đua – Khen thưởng","role":"STANDING_MEMBER","since":"2024-01-02",
                      "appointedBy":"MH-100/QĐ-BTP","until":null,"relievedBy":null},
             "members":[{"voterId":"hd-uy-vien-1","name":"Ủy viên (minh họa)","unitId":"vu-htqt",
                      "unitName":"Vụ Hợp tác quốc tế","role":"MEMBER","since":"2024-03-01","appointedBy":"MH-120/QĐ-BTP",
                      "until":"2024-09-01","relievedBy":"MH-150/QĐ-BTP"}],
             "totalMembership":3,
             "grassrootsThreshold":{"ratio":0.6,"decisionNumber":"MH-101/QĐ-BTP","effectiveFrom":"2024-01-02"}}""";

    private final CouncilRosters rosters;
    private final Clock clock;

    CouncilQueryController(CouncilRosters rosters, Clock clock) {
        this.rosters = rosters;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Every council's roster on a day (danh sách thành viên Hội đồng Thi đua – Khen thưởng)",
               description = "The councils in the order they were established, each as GET /api/councils/{councilId} "
                       + "shows it. Signed-in readers. ETag = the newest position among the documents read.",
               security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The councils' rosters",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(examples = @ExampleObject(value = "[" + EXAMPLE + "]")))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = BAD_ON, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<List<CouncilRoster>> councils(
            @Parameter(description = ON, example = "2024-06-01") @RequestParam(required = false) String on,
            WebRequest request) {
        Versioned<List<CouncilRoster>> all = rosters.all(day(on));
        return ConditionalGet.respond(all, request);
    }

    @GetMapping("/{councilId}")
    @Operation(summary = "A council's roster on a day: chair, standing member, members, grassroots threshold",
               description = "Who sat on the council that day (the roster a council round opened that day counts, "
                       + "R7), each with the decision that appointed them and, if a later one relieved them, that "
                       + "decision and day; and the grassroots emulation fighter threshold the council had set in "
                       + "force that day (null if none). Signed-in readers. ETag = the newest position among the "
                       + "council's documents.",
               security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The roster",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = BAD_ON, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such council (NOT_FOUND)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<CouncilRoster> council(
            @Parameter(description = "Council id", example = "btp-hdtdkt") @PathVariable String councilId,
            @Parameter(description = ON, example = "2024-06-01") @RequestParam(required = false) String on,
            WebRequest request) {
        LocalDate day = day(on);
        Versioned<CouncilRoster> roster = rosters.of(councilId, day)
                .orElseThrow(() -> new ViewNotFoundException("No emulation and commendation council " + councilId));
        return ConditionalGet.respond(roster, request);
    }

    private LocalDate day(String on) {
        if (on == null) {
            return LocalDate.now(clock.withZone(VietnamDates.ZONE));
        }
        try {
            return LocalDate.parse(on);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException(QueryRejectionCode.INVALID_DATE, "on must be a date YYYY-MM-DD: " + on);
        }
    }
}
