package vn.thidua.ledger.query.nomination;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.thidua.ledger.events.nomination.Comparison;
import vn.thidua.ledger.events.nomination.ThresholdBase;
import vn.thidua.ledger.query.view.ApiDocs;

/**
 * Kết quả bình xét giả định: a closed round recounted under another rule-set version's voting rule, or under a
 * threshold, base, quorum or cap of the reader's choosing (docs/what-if.md). Read-only.
 */
@RestController
@Tag(name = "Nomination rounds")
class RoundWhatIfController {

    private static final String EXAMPLE = """
            {"roundId":"btp-cum-iv-2022-suy-ton-co-thi-dua","campaignId":"btp-cum-iv-2022",
             "title":"SECTOR_EMULATION_FLAG","basis":{"ruleSetId":null,"ruleSetVersion":null},
             "totalMembership":6,"ballotsReceived":6,"quorumMet":true,
             "rows":[{"registrantId":"vu-htqt","name":"Vụ Hợp tác quốc tế","unitId":"vu-htqt",
                      "unitName":"Vụ Hợp tác quốc tế","approvals":4,"requiredVotes":5,"outcome":"BELOW_THRESHOLD",
                      "publishedOutcome":"ELECTED","changed":true}],
             "winners":[],"tieAtCap":false}""";

    /** Terms to change; each one left out keeps the round's own. {@code maxWinners} 0 means no cap. */
    record RuleTerms(@DecimalMin("0") @DecimalMax("1") BigDecimal thresholdRatio, Comparison comparison,
                     ThresholdBase base, RoundingMode requiredVotesRounding,
                     @DecimalMin("0") @DecimalMax("1") BigDecimal quorumRatio, @Min(0) Integer maxWinners) {

        RoundWhatIfs.RuleChange change() {
            return new RoundWhatIfs.RuleChange(thresholdRatio, comparison, base, requiredVotesRounding, quorumRatio,
                                               maxWinners);
        }
    }

    private final RoundWhatIfs whatIfs;

    RoundWhatIfController(RoundWhatIfs whatIfs) {
        this.whatIfs = whatIfs;
    }

    @GetMapping("/api/rounds/{roundId}/what-if")
    @Operation(summary = "A closed round recounted under another rule-set version (kết quả giả định)",
               description = "The announced approvals counted by the given version's voting rule for the round's "
                       + "title and voting body: each candidate's votes required and outcome beside the announced "
                       + "one, and who would have been selected. Under the version the round was counted by, it "
                       + "equals the announced result. Read-only. Signed-in users.",
               security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The recount", content = @Content(examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such round; no such rule-set version or no rule in it for "
                 + "the round's title and body (UNKNOWN_RULE_SET)", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "409", description = "The round is still open (ROUND_NOT_CLOSED)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    RoundWhatIf underRuleSet(
            @Parameter(description = "Round id", example = "btp-cum-iv-2022-suy-ton-co-thi-dua") @PathVariable String roundId,
            @Parameter(description = "Rule set id", example = "btp-thidua") @RequestParam String ruleSet,
            @Parameter(description = "Rule set version", example = "2") @RequestParam @Min(1) int version) {
        return whatIfs.underRuleSet(roundId, ruleSet, version);
    }

    @PostMapping("/api/rounds/{roundId}/what-if")
    @Operation(summary = "A closed round recounted under terms of your choice (kết quả giả định)",
               description = "As the GET form, with the round's own rule changed by the terms given: approval "
                       + "threshold and comparison, its base (total membership or present), rounding, quorum, cap on "
                       + "winners (0: none). Nothing is recorded.",
               security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The recount", content = @Content(examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A term out of range (VALIDATION_FAILED); requiredVotesRounding "
                 + "UNNECESSARY, which cannot make a fractional number of votes whole (INVALID_WHAT_IF)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such round", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "409", description = "The round is still open (ROUND_NOT_CLOSED)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    RoundWhatIf underTerms(
            @Parameter(description = "Round id", example = "btp-cum-iv-2022-suy-ton-co-thi-dua") @PathVariable String roundId,
            @Valid @RequestBody RuleTerms terms) {
        return whatIfs.underTerms(roundId, terms.change());
    }
}
