package vn.thidua.ledger.app.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_B;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_C;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.RANKING_RULE;

@HttpTest
class RankingHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    private ScoringScenario scenario(String clusterId) {
        return new ScoringScenario(new EventFeed(eventStore), clusterId, 2022).launchedAndSelfAssessed();
    }

    private ResultActions draft(String campaignId, String query) throws Exception {
        return mvc.perform(get("/api/campaigns/" + campaignId + "/ranking/draft" + query)
                                   .with(httpBasic("dai-dien-htqt", "htqt-demo-2022")));
    }

    @Test
    void theDraftRanksEqualTotalsOneTwoTwoFourForSignedInUsers() throws Exception {
        String campaign = scenario("rk-draft-cum-iv").campaignId();

        awaitEverySelfAssessment(campaign);
        String etag = draft(campaign, "")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking.status").value("DRAFT"))
                .andExpect(jsonPath("$.ranking.method").value("STANDARD_COMPETITION"))
                .andExpect(jsonPath("$.ranking.rows[*].rank", contains(1, 2, 2, 4, 5, 6)))
                .andExpect(jsonPath("$.ranking.rows[*].unitId", contains(THADS.id(), CVDCXDPL.id(), HTQT.id(),
                                                                         MINH_HOA_A.id(), MINH_HOA_B.id(), MINH_HOA_C.id())))
                .andExpect(jsonPath("$.ranking.rows[*].total", contains(92, 88.5, 88.5, 80, 78, 75)))
                .andExpect(jsonPath("$.ranking.rows[1].unitName").value(CVDCXDPL.name()))
                .andExpect(jsonPath("$.ranking.rows[3].breakdown[4].kind").value("PENALTY"))
                .andExpect(jsonPath("$.ranking.rows[3].breakdown[4].points").value(3))
                .andExpect(jsonPath("$.campaign.clusterName").value(CLUSTER_NAME))
                .andExpect(header().exists("ETag"))
                .andReturn().getResponse().getHeader("ETag");

        mvc.perform(get("/api/campaigns/" + campaign + "/ranking/draft").header("If-None-Match", etag)
                            .with(httpBasic("dai-dien-htqt", "htqt-demo-2022")))
           .andExpect(status().isNotModified());
        mvc.perform(get("/api/campaigns/" + campaign + "/ranking/draft"))
           .andExpect(status().isUnauthorized())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void thePublicRankingIsNotFoundUntilPublishedThenShowsTheAnnouncedRanking() throws Exception {
        ScoringScenario scenario = scenario("rk-public-cum-iv");
        String url = "/api/public/campaigns/" + scenario.campaignId() + "/ranking";
        await().atMost(WAIT).untilAsserted(() -> draft(scenario.campaignId(), "").andExpect(status().isOk()));

        mvc.perform(get(url))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
           .andExpect(jsonPath("$.code").value("NOT_FOUND"));

        scenario.publish();
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get(url)).andExpect(status().isOk()));
        String draftEtag = draft(scenario.campaignId(), "").andReturn().getResponse().getHeader("ETag");
        String etag = mvc.perform(get(url))
                .andExpect(jsonPath("$.ranking.status").value("PUBLISHED"))
                .andExpect(jsonPath("$.ranking.rows[*].rank", contains(1, 2, 2, 4, 5, 6)))
                .andExpect(jsonPath("$.ranking.rows[0].unitName").value(THADS.name()))
                .andExpect(jsonPath("$.ranking.rule.legalSource").value(RANKING_RULE.legalSource()))
                .andReturn().getResponse().getHeader("ETag");
        // The publication is the last event: the published table's version is the view's position.
        assertThat(etag).isEqualTo(draftEtag);
        mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void asOfReadsTheRankingBeforeAndAfterAReviewerAdjustmentByPositionAndByInstant() throws Exception {
        ScoringScenario scenario = scenario("rk-asof-cum-iv");
        String campaign = scenario.campaignId();
        awaitEverySelfAssessment(campaign);
        String before = position(draft(campaign, ""));

        scenario.adjustHtqt("thu-ky");
        await().atMost(WAIT).untilAsserted(() -> draft(campaign, "").andExpect(jsonPath("$.ranking.rows[2].total").value(84)));
        String after = position(draft(campaign, ""));
        assertThat(Long.parseLong(after)).isGreaterThan(Long.parseLong(before));

        // The stream index that cuts streams at a position is kept by its own processor: wait for it too.
        // HTQT is third before the adjustment too (a tie): only the adjusted table says the index holds the adjustment.
        await().atMost(WAIT).untilAsserted(() -> assertAdjusted(draft(campaign, "?asOf=" + after))
                .andExpect(header().string("ETag", "\"" + after + "\"")));
        assertUnadjusted(draft(campaign, "?asOf=" + before)).andExpect(header().string("ETag", "\"" + before + "\""));
        assertUnadjusted(draft(campaign, "?asOf=2022-11-30T00:00:00Z"));
        assertAdjusted(draft(campaign, "?asOf=2022-12-01T02:00:00Z"));
        assertAdjusted(draft(campaign, ""));
    }

    @Test
    void aBadAsOfIsAProblemAndACampaignBeforeItsLaunchIsNotFound() throws Exception {
        String campaign = scenario("rk-bad-cum-iv").campaignId();
        await().atMost(WAIT).untilAsserted(() -> draft(campaign, "").andExpect(status().isOk()));

        draft(campaign, "?asOf=yesterday")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("INVALID_AS_OF"));
        mvc.perform(get("/api/public/campaigns/" + campaign + "/ranking?asOf=-5"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_AS_OF"));
        draft(campaign, "?asOf=2000-01-01T00:00:00Z").andExpect(status().isNotFound());
        draft("no-such-campaign-2022", "").andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    /** Waits for the view to hold the last unit's last self-assessment, not only some of the units' totals. */
    private void awaitEverySelfAssessment(String campaign) {
        await().atMost(WAIT).untilAsserted(() -> draft(campaign, "")
                .andExpect(jsonPath("$.ranking.rows[*].total", contains(92, 88.5, 88.5, 80, 78, 75))));
    }

    private static ResultActions assertUnadjusted(ResultActions result) throws Exception {
        return result.andExpect(status().isOk())
                     .andExpect(jsonPath("$.ranking.rows[*].rank", contains(1, 2, 2, 4, 5, 6)))
                     .andExpect(jsonPath("$.ranking.rows[2].unitId").value(HTQT.id()))
                     .andExpect(jsonPath("$.ranking.rows[2].total").value(88.5))
                     .andExpect(jsonPath("$.ranking.rows[2].adjustments", hasSize(0)));
    }

    private static ResultActions assertAdjusted(ResultActions result) throws Exception {
        return result.andExpect(status().isOk())
                     .andExpect(jsonPath("$.ranking.rows[*].rank", contains(1, 2, 3, 4, 5, 6)))
                     .andExpect(jsonPath("$.ranking.rows[2].unitId").value(HTQT.id()))
                     .andExpect(jsonPath("$.ranking.rows[2].total").value(84))
                     .andExpect(jsonPath("$.ranking.rows[2].breakdown[0].selfAssessed").value(59.5))
                     .andExpect(jsonPath("$.ranking.rows[2].breakdown[0].adjusted").value(55))
                     .andExpect(jsonPath("$.ranking.rows[2].adjustments[0].reason")
                                        .value("Thiếu minh chứng cho nhiệm vụ 3 (minh họa)"))
                     .andExpect(jsonPath("$.ranking.rows[2].adjustments[0].reviewer").value("thu-ky"))
                     .andExpect(jsonPath("$.ranking.rows[2].adjustments[0].adjustedAt").value("2022-12-01T02:00:00Z"));
    }

    private static String position(ResultActions result) {
        return result.andReturn().getResponse().getHeader("ETag").replace("\"", "");
    }
}
