package vn.thidua.ledger.query.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import vn.thidua.ledger.query.access.CampaignReadAccess;
import vn.thidua.ledger.query.access.CurrentReader;
import vn.thidua.ledger.query.asof.AsOf;
import vn.thidua.ledger.query.asof.AsOfReader;
import vn.thidua.ledger.query.view.ApiDocs;
import vn.thidua.ledger.query.view.ConditionalGet;
import vn.thidua.ledger.query.view.Versioned;
import vn.thidua.ledger.query.view.ViewNotFoundException;

import java.util.Optional;

/**
 * Kết quả chấm điểm, xếp hạng: the published ranking for everyone, the live draft for signed-in users (a unit
 * representative only for campaigns its unit belongs to: {@link CampaignReadAccess}).
 */
@RestController
@Tag(name = "Rankings")
class RankingQueryController {

    private static final String PUBLISHED_EXAMPLE = """
            {"campaign":{"campaignId":"btp-cum-iv-2022","clusterId":"btp-cum-iv",
             "clusterName":"Cụm thi đua số IV","year":2022,"name":"Phong trào thi đua năm 2022",
             "ruleSetId":"btp-thidua","ruleSetVersion":1},
             "campaignClosed":false,
             "ranking":{"status":"PUBLISHED","method":"STANDARD_COMPETITION",
              "rule":{"ruleSetId":"btp-thidua","ruleSetVersion":1,"ruleCode":"RANKING",
                      "legalSource":"Quy chế hoạt động Cụm thi đua (minh họa)"},
              "position":57,
              "rows":[{"rank":1,"unitId":"tc-thads","unitName":"Tổng cục Thi hành án dân sự","total":95,
                "finalised":true,
                "breakdown":[{"criterionId":"tc-1","name":"Thực hiện nhiệm vụ chuyên môn","kind":"SCORED",
                  "maxPoints":60,"selfAssessed":58,"adjusted":55,"points":55}],
                "adjustments":[{"criterionId":"tc-1","criterionName":"Thực hiện nhiệm vụ chuyên môn",
                  "previousPoints":58,"points":55,"reason":"Thiếu minh chứng (minh họa)","reviewer":"thu-ky",
                  "adjustedAt":"2022-12-01T02:00:00Z"}]}]},
             "illustrative":{"figures":["SCORES","RANKING"],"label":"minh họa","position":4,
              "note":"Điểm và thứ hạng năm 2022 là số liệu minh họa"}}""";

    private final RankingViews views;
    private final AsOfReader asOfReader;
    private final RankingHistory history;
    private final CurrentReader reader;
    private final CampaignReadAccess access;

    RankingQueryController(RankingViews views, AsOfReader asOfReader, RankingHistory history, CurrentReader reader,
                           CampaignReadAccess access) {
        this.views = views;
        this.asOfReader = asOfReader;
        this.history = history;
        this.reader = reader;
        this.access = access;
    }

    @GetMapping("/api/public/campaigns/{campaignId}/ranking")
    @Operation(summary = "Published ranking of a campaign (công bố kết quả xếp hạng)",
               description = "The ranking as the RankingPublished event announced it: rank (ties share a rank by the "
                       + "method the rule set named), total, per-criterion breakdown with self-assessed and adjusted "
                       + "points, and every adjustment with its reason and reviewer; illustrative names the figures the "
                       + "secretariat declared invented, to be shown labelled \"minh họa\" (null when none). "
                       + "Open to everyone.")
    @ApiResponse(responseCode = "200", description = "The published ranking",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG),
                 content = @Content(examples = @ExampleObject(value = PUBLISHED_EXAMPLE)))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_AS_OF, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such campaign, or its ranking is not published (as of then)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<RankingReport> published(
            @Parameter(description = "Campaign id: cluster id and year", example = "btp-cum-iv-2022")
            @PathVariable String campaignId,
            @Parameter(description = ApiDocs.AS_OF, example = ApiDocs.AS_OF_EXAMPLE)
            @RequestParam(required = false) String asOf,
            WebRequest request) {
        Versioned<RankingView> view = view(campaignId, asOf);
        RankingView.RankingTable published = view.view().published();
        if (published == null) {
            throw new ViewNotFoundException("The ranking of campaign " + campaignId + " is not published"
                                            + (asOf == null ? "" : " as of " + asOf));
        }
        Versioned<RankingView> version = new Versioned<>(view.view(), view.view().publishedVersion());
        return ConditionalGet.respond(version, request,
                v -> RankingReport.of(v, v.published()));
    }

    @GetMapping("/api/campaigns/{campaignId}/ranking/draft")
    @Operation(summary = "Draft ranking of a campaign, live while scoring (bảng xếp hạng dự thảo)",
               description = "Every member unit ranked on the points that count now (a reviewer's adjusted points "
                       + "over the unit's self-assessment), standard competition ranking (1, 2, 2, 4) until the "
                       + "ranking is published, then the published method. Signed-in users; a unit representative "
                       + "only for campaigns its unit belongs to.",
               security = {@SecurityRequirement(name = "basic"), @SecurityRequirement(name = "bearer")})
    @ApiResponse(responseCode = "200", description = "The draft ranking",
                 headers = @Header(name = "ETag", description = ApiDocs.ETAG))
    @ApiResponse(responseCode = "304", description = ApiDocs.NOT_MODIFIED, content = @Content)
    @ApiResponse(responseCode = "400", description = ApiDocs.BAD_AS_OF, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "401", description = "Not signed in", content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "403", description = ApiDocs.NOT_YOUR_CAMPAIGN, content = @Content(mediaType = ApiDocs.PROBLEM))
    @ApiResponse(responseCode = "404", description = "No such campaign (as of then)",
                 content = @Content(mediaType = ApiDocs.PROBLEM))
    ResponseEntity<RankingReport> draft(
            @Parameter(description = "Campaign id: cluster id and year", example = "btp-cum-iv-2022")
            @PathVariable String campaignId,
            @Parameter(in = ParameterIn.QUERY, description = ApiDocs.AS_OF, example = "57")
            @RequestParam(required = false) String asOf,
            WebRequest request) {
        Versioned<RankingView> found = view(campaignId, asOf);
        RankingView.CampaignRef campaign = found.view().campaign();
        access.checkCampaign(reader.get(), campaignId, campaign.clusterId(), campaign.year(),
                             found.view().draft().rows().stream().map(RankingView.RankedRow::unitId).toList());
        return ConditionalGet.respond(found, request, v -> RankingReport.of(v, v.draft()));
    }

    private Versioned<RankingView> view(String campaignId, String asOf) {
        Optional<Versioned<RankingView>> found = asOf == null
                ? views.store().find(campaignId)
                : asOfReader.fold(AsOf.parse(asOf), campaignId, history);
        return found.orElseThrow(() -> new ViewNotFoundException("No campaign " + campaignId
                                                                 + (asOf == null ? "" : " as of " + asOf)));
    }
}
