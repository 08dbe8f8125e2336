package vn.thidua.ledger.query.decision;

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
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.util.List;
import java.util.Map;

/** Public reads of decisions and award records (the public sees decisions: docs/security.md). */
@RestController
@RequestMapping("/api/public")
@Tag(name = "Decisions and awards")
class DecisionQueryController {

    private static final String DECISION_EXAMPLE = """
            {"decisionId":"2022_MH-01-TTR-CTDdIV","decisionNumber":"MH-01/TTr-CTĐIV","category":"COMMENDATION","kind":"PROPOSAL",
             "title":"SECTOR_EMULATION_FLAG","titleName":"Cờ thi đua ngành Tư pháp","year":2022,"signedOn":"2022-12-09",
             "signedBy":"Trưởng Cụm thi đua số IV","roundId":"btp-cum-iv-2022-suy-ton-co-thi-dua",
             "rule":{"ruleSetId":"btp-thidua","ruleSetVersion":1,"ruleCode":"R8","legalSource":"..."},
             "recipients":[{"registrantId":"tc-thads","name":"Tổng cục Thi hành án dân sự","unitId":"tc-thads",
                            "unitName":"Tổng cục Thi hành án dân sự","status":"PROPOSED"}]}""";
    private static final String RECORD_EXAMPLE = """
            {"holderType":"UNIT","holderId":"tc-thads","holderName":"Tổng cục Thi hành án dân sự",
             "awards":[{"year":2022,"title":"SECTOR_EMULATION_FLAG","titleName":"Cờ thi đua ngành Tư pháp",
                        "holder":"COLLECTIVE","status":"REVOKED","decisionId":"2022_MH-3456-QDd-BTP","decisionNumber":"MH-3456/QĐ-BTP",
                        "revocation":{"revocationDecisionNumber":"MH-789/QĐ-BTP","ground":"STANDARDS_NOT_MET"}}]}""";

    private final DecisionViews views;

    DecisionQueryController(DecisionViews views) {
        this.views = views;
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "A decision by id: the year it was signed and its number (3456/QĐ-BTP of 2023: 2023_3456-QDd-BTP)",
               description = "The decision as recorded, with its recipients. Marks are kept as lowercase Telex letters "
                             + "(Đ → Dd); a decision recorded before ids had a year keeps its id (3456-QD-BTP): "
                             + "docs/decisions.md. Open to everyone.",
               responses = {@ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = DECISION_EXAMPLE))),
                            @ApiResponse(responseCode = "404", description = "No such decision")})
    ResponseEntity<DecisionView> decision(@Parameter(example = "2023_3456-QDd-BTP") @PathVariable String decisionId,
                                          WebRequest request) {
        return ConditionalGet.respond(views.decisions().find(decisionId).orElseThrow(
                () -> new ViewNotFoundException("No decision " + decisionId)), request);
    }

    @GetMapping("/clusters/{clusterId}/years/{year}/decisions")
    @Operation(summary = "The decisions of a cluster's year, in the order recorded",
               description = "Commendations of the year's rounds and appointments signed that year. Empty when none.")
    ResponseEntity<List<DecisionView>> decisionsOfYear(@Parameter(example = "btp-cum-iv") @PathVariable String clusterId,
                                                       @Parameter(example = "2022") @PathVariable int year,
                                                       WebRequest request) {
        List<String> ids = views.lists().find(DecisionList.key(clusterId, year))
                                .map(list -> list.view().decisionIds()).orElse(List.of());
        Map<String, Versioned<DecisionView>> found = views.decisions().findAllById(ids);
        // A revocation changes a listed decision, not the list: the newest of all positions versions the answer.
        long position = found.values().stream().mapToLong(Versioned::position).max().orElse(0);
        return ConditionalGet.respond(request, position, () -> ids.stream().filter(found::containsKey)
                                                                    .map(id -> found.get(id).view()).toList());
    }

    @GetMapping("/units/{unitId}/awards")
    @Operation(summary = "Award record of a unit: its collective titles and those of its people, revoked ones included",
               description = "Open to everyone.",
               responses = {@ApiResponse(responseCode = "200", content = @Content(examples = @ExampleObject(value = RECORD_EXAMPLE))),
                            @ApiResponse(responseCode = "404", description = "Nothing ever awarded or proposed")})
    ResponseEntity<AwardRecordView> unitAwards(@Parameter(example = "tc-thads") @PathVariable String unitId,
                                               WebRequest request) {
        return record(AwardHolder.unit(unitId), request);
    }

    @GetMapping("/registrants/{registrantId}/awards")
    @Operation(summary = "Award record of one registrant (an individual, or a unit as a collective)",
               description = "Open to everyone.",
               responses = {@ApiResponse(responseCode = "200"),
                            @ApiResponse(responseCode = "404", description = "Nothing ever awarded or proposed")})
    ResponseEntity<AwardRecordView> registrantAwards(@Parameter(example = "cc-0042") @PathVariable String registrantId,
                                                     WebRequest request) {
        return record(AwardHolder.registrant(registrantId), request);
    }

    private ResponseEntity<AwardRecordView> record(AwardHolder holder, WebRequest request) {
        return ConditionalGet.respond(views.awardRecords().find(holder.key()).orElseThrow(
                () -> new ViewNotFoundException("No award record for " + holder.id())), request);
    }
}
