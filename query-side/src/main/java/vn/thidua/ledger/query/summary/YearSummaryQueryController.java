package vn.thidua.ledger.query.summary;

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
import vn.thidua.ledger.query.view.Versioned;

/** Public read of a cluster's year summary (báo cáo tổng kết), now or as it stood at a past moment. */
@RestController
@RequestMapping("/api/public/clusters/{clusterId}/years/{year}/summary")
@Tag(name = "Year summary")
class YearSummaryQueryController {

    private static final String EXAMPLE = """
            {"clusterId":"btp-cum-iv","clusterName":"Cụm thi đua số IV","year":2022,
             "members":[{"unitId":"vu-htqt","unitName":"Vụ Hợp tác quốc tế"}],
             "nextYearLeadership":{"year":2023,"headName":"Vụ Hợp tác quốc tế",
                                   "deputyName":"Tổng cục Thi hành án dân sự","decisionNumber":"MH-2999/QĐ-BTP"},
             "campaign":{"campaignId":"btp-cum-iv-2022","ruleSetId":"btp-thidua","ruleSetVersion":1},
             "pledgeCoverage":{"unitsRegistered":4,"memberUnits":4,"individualsRegistered":120,"staff":120,"percent":100.0},
             "leadingUnits":["Tổng cục Thi hành án dân sự","Vụ Các vấn đề chung về xây dựng pháp luật"],
             "illustrative":{"figures":["SCORES","RANKING"],"note":"Điểm và thứ hạng năm 2022 là số liệu minh họa","label":"minh họa"},
             "rounds":[{"titleName":"Cờ thi đua ngành Tư pháp","winners":["Tổng cục Thi hành án dân sự"],
                        "illustrative":{"note":"Số phiếu bình xét là số liệu minh họa","label":"minh họa"}}],
             "decisions":[{"decisionNumber":"MH-01/TTr-CTĐIV","type":"PROPOSAL","titleName":"Cờ thi đua ngành Tư pháp"}],
             "contributingAggregates":["btp-cum-iv","btp-cum-iv-2022","btp-cum-iv-2022-suy-ton-co-thi-dua","2022_MH-01-TTR-CTDdIV"]}""";

    private final YearSummaryReader reader;

    YearSummaryQueryController(YearSummaryReader reader) {
        this.reader = reader;
    }

    @GetMapping
    @Operation(summary = "The year summary of a cluster",
               description = "With asOf, the summary as it stood then, folded from the events by the same code. "
                       + "ETag = global position of the newest event folded in. illustrative: the ranking's figures the "
                       + "secretariat declared invented (and so the leading units), shown with the label \"minh họa\"; "
                       + "a round's illustrative: its ballots, and so its winners, are invented.",
               responses = {@ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = EXAMPLE))),
                            @ApiResponse(responseCode = "400", description = "INVALID_AS_OF"),
                            @ApiResponse(responseCode = "404", description = "No campaign for this cluster and year (then)")})
    ResponseEntity<YearSummaryView> summary(
            @Parameter(example = "btp-cum-iv") @PathVariable String clusterId,
            @Parameter(example = "2022") @PathVariable int year,
            @Parameter(description = "A global position (digits) or an ISO-8601 instant", example = "2022-12-09T03:00:00Z")
            @RequestParam(required = false) String asOf,
            WebRequest request) {
        Versioned<YearSummaryState> summary = reader.read(clusterId, year, asOf);
        return ConditionalGet.respond(request, summary.position(), () -> YearSummaryView.of(summary.view()));
    }
}
