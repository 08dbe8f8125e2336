package vn.thidua.ledger.query.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.nomination.RoundBallots.PublishedBallot;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

/**
 * Công bố phiếu bầu kín: after a secret round closes, every ballot as (receipt, approvals), for
 * anyone to recount, and one ballot by its receipt, for its voter to check. Nothing before the
 * close: a partial list would be a running tally.
 */
@RestController
@Tag(name = "Nomination rounds")
class RoundBallotsQueryController {

    private static final String NOT_YET = "The round is still open: ballots are published when it closes "
            + "(BALLOTS_NOT_YET_PUBLISHED)";

    private final RoundViews views;

    RoundBallotsQueryController(RoundViews views) {
        this.views = views;
    }

    /** A voter's receipt: what the cast answered, SHA-256("thidua-ballot-receipt:" + token) in hex. */
    record BallotCheck(String roundId, String receipt, List<String> approved) {
    }

    @GetMapping("/api/public/rounds/{roundId}/ballots")
    @Operation(summary = "The published ballots of a closed secret round (công bố phiếu bầu kín)",
               description = "Every anonymous ballot as its receipt and the candidates it approved, sorted by "
                       + "receipt. Counting the approvals per candidate gives the tally of the round's result "
                       + "(GET /api/public/rounds/{roundId}); docs/secret-ballot.md shows how to recount.")
    @ApiResponse(responseCode = "200", description = "The ballots",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(examples = @ExampleObject(value = """
                         {"roundId":"btp-hdtdkt-2022-cstd","status":"CLOSED","ballots":[
                          {"receipt":"1fd40a5fcec46e804c302bc986478c4704b40e26170fa696103600ae5a4c73d2","approved":["cc-0042"]},
                          {"receipt":"ae3cf882c6317d338de4c42653391159a0b74fce04e51500d84c957210410e33","approved":[]}]}""")))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "404", description = "No such secret round", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "409", description = NOT_YET, content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<RoundBallots> ballots(
            @Parameter(description = "Round id", example = "btp-hdtdkt-2022-cstd") @PathVariable String roundId,
            WebRequest request) {
        return ConditionalGet.respond(published(roundId), request, ballots -> ballots);
    }

    @GetMapping("/api/public/rounds/{roundId}/ballots/{receipt}")
    @Operation(summary = "One ballot of a closed secret round, by its receipt (tra cứu phiếu)",
               description = "The voter checks that their ballot was counted as cast. The receipt is the one the "
                       + "cast answered (its Location points here).")
    @ApiResponse(responseCode = "200", description = "The ballot",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(examples = @ExampleObject(value = """
                         {"roundId":"btp-hdtdkt-2022-cstd",
                          "receipt":"1fd40a5fcec46e804c302bc986478c4704b40e26170fa696103600ae5a4c73d2","approved":["cc-0042"]}""")))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "404", description = "No such secret round, or no ballot with this receipt",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "409", description = NOT_YET, content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<BallotCheck> ballot(
            @Parameter(description = "Round id", example = "btp-hdtdkt-2022-cstd") @PathVariable String roundId,
            @Parameter(description = "Receipt (64 hex digits)",
                       example = "1fd40a5fcec46e804c302bc986478c4704b40e26170fa696103600ae5a4c73d2")
            @PathVariable String receipt,
            WebRequest request) {
        Versioned<RoundBallots> round = published(roundId);
        PublishedBallot ballot = round.view().ballots().stream().filter(b -> b.receipt().equals(receipt)).findFirst()
                .orElseThrow(() -> new ViewNotFoundException("No ballot with receipt " + receipt + " in round " + roundId));
        return ConditionalGet.respond(round, request, ignored -> new BallotCheck(roundId, receipt, ballot.approved()));
    }

    private Versioned<RoundBallots> published(String roundId) {
        Versioned<RoundBallots> round = views.ballots().find(roundId).orElseThrow(
                () -> new ViewNotFoundException("No secret nomination round " + roundId));
        if (round.view().status() != RoundView.Status.CLOSED) {
            throw new BallotsNotPublishedException(roundId);
        }
        return round;
    }
}
