package vn.thidua.ledger.query.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.query.view.ApiDocs;

/**
 * Xếp hạng giả định: a campaign's ranking under another rule-set version, or under a ranking method and criterion
 * weights of the reader's choosing, beside the published one (docs/what-if.md). Read-only.
 */
@RestController
@Tag(name = "Rankings")
class RankingWhatIfController {

    private static final String EXAMPLE = """
            {"campaign":{"campaignId":"btp-cum-iv-2022","clusterId":"btp-cum-iv",
             "clusterName":"Cụm thi đua số IV – Bộ Tư pháp","year":2022,"name":"Phong trào thi đua năm 2022",
             "ruleSetId":"btp-thidua","ruleSetVersion":1},
             "basis":{"ruleSetId":null,"ruleSetVersion":null,"method":"DENSE","weights":{"tc-1":2}},
             "publishedMethod":"STANDARD_COMPETITION",
             "publishedRule":{"ruleSetId":"btp-thidua","ruleSetVersion":1,"ruleCode":"RANKING",
                              "legalSource":"Quy chế hoạt động Cụm thi đua (minh họa)"},
             "rows":[{"rank":1,"unitId":"vu-cvdcxdpl","unitName":"Vụ Các vấn đề chung về xây dựng pháp luật",
                      "total":156,"publishedRank":2,"publishedTotal":98,"rankChange":1}]}""";

    /** The terms of a what-if the reader chooses: a ranking method and, optionally, weights per criterion id. */
    record WhatIfTerms(@NotNull RankingMethod method,
                       @Size(max = 100) Map<@NotBlank String, @NotNull BigDecimal> weights) {

        Map<String, BigDecimal> weightsOrNone() {
            return weights == null ? Map.of() : weights;
        }
    }

    private final RankingWhatIfs whatIfs;

    RankingWhatIfController(RankingWhatIfs whatIfs) {
        this.whatIfs = whatIfs;
    }

    @GetMapping("/api/campaigns/{campaignId}/ranking/what-if")
    @Operation(summary = "The ranking under another rule-set version (xếp hạng giả định)",
               description = "The year's scores (the points that count: adjusted over self-assessed) ranked by the "
                       + "method of the given rule-set version, each unit beside its published rank and total, with "
                       + "its rank change. Under the version the ranking was published by, it equals the published "
                       + "ranking. Read-only. Signed-in users; a unit representative only for its own campaigns.",
               security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The what-if ranking",
                 content = @Content(examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A parameter is missing or malformed",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "403", description = ApiDocs.NOT_YOUR_CAMPAIGN, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such campaign, or no such rule-set version (UNKNOWN_RULE_SET)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    RankingWhatIf underRuleSet(
            @Parameter(description = "Campaign id: cluster id and year", example = "btp-cum-iv-2022")
            @PathVariable String campaignId,
            @Parameter(description = "Rule set id", example = "btp-thidua") @RequestParam String ruleSet,
            @Parameter(description = "Rule set version", example = "2") @RequestParam @Min(1) int version) {
        return whatIfs.underRuleSet(campaignId, ruleSet, version);
    }

    @PostMapping("/api/campaigns/{campaignId}/ranking/what-if")
    @Operation(summary = "The ranking under a method and criterion weights of your choice (xếp hạng giả định)",
               description = "As the GET form, with the ranking method and, per criterion id, a weight (0 to 100; "
                       + "criteria not named weigh 1) that multiplies the criterion's points before they are added "
                       + "up (penalties still subtract). Nothing is recorded.",
               security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The what-if ranking",
                 content = @Content(examples = @ExampleObject(value = EXAMPLE)))
    @ApiResponse(responseCode = "400", description = "A weight for a criterion the scoring table lacks, or out of "
                 + "range (INVALID_WHAT_IF); an invalid body (VALIDATION_FAILED)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "403", description = ApiDocs.NOT_YOUR_CAMPAIGN, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such campaign", content = @Content(mediaType = ApiDocs.PROBLEM))
    RankingWhatIf underTerms(
            @Parameter(description = "Campaign id: cluster id and year", example = "btp-cum-iv-2022")
            @PathVariable String campaignId,
            @Valid @RequestBody WhatIfTerms terms) {
        return whatIfs.underTerms(campaignId, terms.method(), terms.weightsOrNone());
    }
}
