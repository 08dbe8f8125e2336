package vn.thidua.ledger.query.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.asof.AsOf;
import vn.thidua.ledger.query.asof.AsOfReader;
import vn.thidua.ledger.query.nomination.CampaignRounds.RoundSummary;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.Page;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.util.Optional;

/** Kết quả bình xét: nomination rounds and their results, open to everyone. */
@RestController
@Tag(name = "Nomination rounds")
class RoundQueryController {

    private static final String CLOSED_EXAMPLE = """
            {"roundId":"btp-cum-iv-2022-co-nganh","campaignId":"btp-cum-iv-2022","year":2022,
             "title":"SECTOR_EMULATION_FLAG","titleName":"Cờ thi đua ngành Tư pháp","status":"CLOSED",
             "rule":{"rule":{"ruleSetId":"btp-thidua","ruleSetVersion":1,"ruleCode":"R8",
                     "legalSource":"Quy chế Cụm thi đua (minh họa)"},"body":"MEMBER_UNITS","ballot":"SECRET",
                     "thresholdRatio":0.5,"comparison":"MORE_THAN","base":"TOTAL_MEMBERSHIP",
                     "requiredVotesRounding":"CEILING","quorumRatio":0,"maxWinners":2,"selfVoteAllowed":false},
             "candidates":[{"registrantId":"tc-thads","name":"Tổng cục Thi hành án dân sự","unitId":"tc-thads",
                            "unitName":"Tổng cục Thi hành án dân sự"}],
             "totalMembership":6,"ballotsReceived":6,"ballotReceipts":["3f9a…","b07c…"],
             "result":{"quorumMet":true,"base":"TOTAL_MEMBERSHIP","baseCount":6,"requiredVotes":4,
                       "tallies":[{"registrantId":"tc-thads","name":"Tổng cục Thi hành án dân sự","unitId":"tc-thads",
                                   "unitName":"Tổng cục Thi hành án dân sự","approvals":5,"base":6,
                                   "requiredVotes":4,"passed":true,"outcome":"ELECTED"}],
                       "winners":[{"registrantId":"tc-thads","name":"Tổng cục Thi hành án dân sự",
                                   "unitId":"tc-thads","unitName":"Tổng cục Thi hành án dân sự"}],
                       "tieAtCap":false},
             "openedOn":"2022-12-09","closedOn":"2022-12-09",
             "illustrative":{"note":"Số phiếu bình xét là số liệu minh họa","label":"minh họa"}}""";

    private final RoundViews views;
    private final AsOfReader asOfReader;
    private final RoundHistory history;

    RoundQueryController(RoundViews views, AsOfReader asOfReader, RoundHistory history) {
        this.views = views;
        this.asOfReader = asOfReader;
        this.history = history;
    }

    @GetMapping("/api/public/rounds/{roundId}")
    @Operation(summary = "A nomination round and its result (kết quả bình xét)",
               description = "While the round is open: candidates, rule and the count of ballots received only. "
                       + "Once closed: per candidate the approvals, the threshold base (total membership or present) "
                       + "and the votes required, pass/fail and outcome (ELECTED, BELOW_THRESHOLD, OUTRANKED, "
                       + "TIED_AT_CAP, NO_QUORUM), the winners, and for a secret round the sorted list of anonymous "
                       + "ballot receipts. No voter is ever linked to a choice. The rule carries its rule set version "
                       + "and legal source. illustrative: the secretariat declared the ballots, and so the tallies, invented; "
                       + "show them labelled \"minh họa\" (null when none).")
    @ApiResponse(responseCode = "200", description = "The round",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(examples = @ExampleObject(value = CLOSED_EXAMPLE)))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_AS_OF, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such round (as of then)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<RoundView> round(
            @Parameter(description = "Round id", example = "btp-cum-iv-2022-co-nganh") @PathVariable String roundId,
            @Parameter(description = ApiDocs.AS_OF, example = ApiDocs.AS_OF_EXAMPLE)
            @RequestParam(required = false) String asOf,
            WebRequest request) {
        Optional<Versioned<RoundView>> found = asOf == null
                ? views.rounds().find(roundId)
                : asOfReader.fold(AsOf.parse(asOf), roundId, history);
        Versioned<RoundView> round = found.orElseThrow(() -> new ViewNotFoundException(
                "No nomination round " + roundId + (asOf == null ? "" : " as of " + asOf)));
        return ConditionalGet.respond(round, request, RoundView::visible);
    }

    @GetMapping("/api/public/campaigns/{campaignId}/rounds")
    @Operation(summary = "The nomination rounds of a campaign, in the order they were opened",
               description = "Read from an index document per campaign; paged.")
    @ApiResponse(responseCode = "200", description = "One page of rounds",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = "page or size out of range (VALIDATION_FAILED)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "The campaign has no rounds", content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<Page<RoundSummary>> rounds(
            @Parameter(description = "Campaign id", example = "btp-cum-iv-2022") @PathVariable String campaignId,
            @Parameter(description = ApiDocs.PAGE) @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = ApiDocs.SIZE) @RequestParam(defaultValue = Page.DEFAULT_SIZE) @Min(1)
            @Max(Page.MAX_SIZE) int size,
            WebRequest request) {
        Versioned<CampaignRounds> index = views.byCampaign().find(campaignId).orElseThrow(
                () -> new ViewNotFoundException("Campaign " + campaignId + " has no nomination rounds"));
        return ConditionalGet.respond(index, request, rounds -> Page.of(rounds.rounds(), page, size));
    }
}
