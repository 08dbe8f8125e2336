package vn.thidua.ledger.app.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static vn.thidua.ledger.app.testsupport.DemoYearApi.eventually;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.ledger.app.demo.DemoLoader;
import vn.thidua.ledger.app.demo.DemoUsers;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.DemoYearApi;
import vn.thidua.ledger.app.testsupport.DemoYearTest;

/**
 * What-if on the demo year: the ranking and the flag round recomputed under other terms, with the same folds and
 * count as the live views, so the terms actually used give back exactly what was published.
 */
@DemoYearTest
class WhatIfHttpTest {

    private static final String RANKING = "/api/campaigns/btp-cum-iv-2022/ranking/what-if";
    private static final String ROUND = "/api/rounds/btp-cum-iv-2022-suy-ton-co-thi-dua/what-if";
    private static final String READER = DemoUsers.REP_HTQT;

    @Autowired
    DemoLoader loader;
    @Autowired
    MockMvc mvc;
    @Autowired
    CommandApi commands;

    @BeforeEach
    void yearLoaded() throws Exception {
        DemoYearApi.loaded(loader);
        eventually(() -> perform(get(ROUND + "?ruleSet=btp-thidua&version=1")).andExpect(status().isOk()));
        eventually(() -> perform(get(RANKING + "?ruleSet=btp-thidua&version=1"))
                .andExpect(jsonPath("$.publishedMethod").value("STANDARD_COMPETITION")));
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(httpBasic(READER, DemoUsers.passwordOf(READER))));
    }

    private ResultActions postJson(String path, String json) throws Exception {
        return perform(post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    @Test
    void theRankingUnderTheRuleSetItWasPublishedByIsThePublishedRanking() throws Exception {
        String body = perform(get(RANKING + "?ruleSet=btp-thidua&version=1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.method").value("STANDARD_COMPETITION"))
                .andExpect(jsonPath("$.publishedRule.ruleCode").value("RANKING"))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body, "$.rows[*]");
        assertThat(rows).hasSize(6);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("rank")).isEqualTo(row.get("publishedRank"));
            assertThat(((Number) row.get("total")).doubleValue())
                    .isEqualTo(((Number) row.get("publishedTotal")).doubleValue());
            assertThat(row.get("rankChange")).isEqualTo(0);
        });
        assertThat(JsonPath.<List<String>>read(body, "$.rows[*].unitId")).containsExactly(
                "tong-cuc-thads", "vu-cvdcxdpl", "vu-htqt", "minh-hoa-a", "minh-hoa-b", "minh-hoa-c");
    }

    @Test
    void weightsChangeTotalsAndRanksAndEachRowSaysHowFarItMoved() throws Exception {
        String body = postJson(RANKING, """
                {"method": "DENSE", "weights": {"tc-1": 0, "tc-2": 0, "tc-3": 0}}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.basis.method").value("DENSE"))
                .andExpect(jsonPath("$.basis.ruleSetId").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> rows = JsonPath.read(body, "$.rows[*]");
        assertThat(rows).allSatisfy(row -> assertThat(row.get("rankChange"))
                .isEqualTo((Integer) row.get("publishedRank") - (Integer) row.get("rank")));
        assertThat(rows).anySatisfy(row -> assertThat(row.get("rankChange")).isNotEqualTo(0));
        // Only the bonus and penalty items count: the totals are the bonus points minus penalties.
        assertThat(JsonPath.<List<Number>>read(body, "$.rows[*].total").stream().mapToDouble(Number::doubleValue))
                .allSatisfy(total -> assertThat(total).isLessThanOrEqualTo(5.0));
    }

    @Test
    void aWeightForACriterionTheTableLacksOrOutOfRangeIs400AndAnUnknownVersion404() throws Exception {
        postJson(RANKING, "{\"method\": \"DENSE\", \"weights\": {\"tc-9\": 1}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_WHAT_IF"));
        postJson(RANKING, "{\"method\": \"DENSE\", \"weights\": {\"tc-1\": -1}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_WHAT_IF"));
        postJson(RANKING, "{\"weights\": {}}").andExpect(status().isBadRequest());
        perform(get(RANKING + "?ruleSet=btp-thidua&version=99"))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("UNKNOWN_RULE_SET"));
    }

    @Test
    void theRoundUnderTheRuleItWasCountedByGivesTheAnnouncedResult() throws Exception {
        perform(get(ROUND + "?ruleSet=btp-thidua&version=1")).andExpect(status().isOk())
                .andExpect(jsonPath("$.rule.rule.ruleCode").value("R8"))
                .andExpect(jsonPath("$.rows[*].outcome").value(
                        contains("ELECTED", "ELECTED", "BELOW_THRESHOLD")))
                .andExpect(jsonPath("$.rows[*].changed").value(everyItem(
                        is(false))))
                .andExpect(jsonPath("$.winners[*].registrantId").value(
                        contains("tong-cuc-thads", "vu-cvdcxdpl")));
    }

    @Test
    void aThreeQuarterThresholdWouldHaveSelectedOnlyTheCivilJudgmentEnforcement() throws Exception {
        postJson(ROUND, "{\"thresholdRatio\": 0.75, \"comparison\": \"AT_LEAST\"}").andExpect(status().isOk())
                .andExpect(jsonPath("$.rule.rule").doesNotExist())
                .andExpect(jsonPath("$.rows[*].requiredVotes").value(everyItem(
                        is(5))))
                .andExpect(jsonPath("$.rows[1].outcome").value("BELOW_THRESHOLD"))
                .andExpect(jsonPath("$.rows[1].publishedOutcome").value("ELECTED"))
                .andExpect(jsonPath("$.rows[1].changed").value(true))
                .andExpect(jsonPath("$.winners[*].registrantId").value(contains("tong-cuc-thads")));
        postJson(ROUND, "{\"thresholdRatio\": 1.5}").andExpect(status().isBadRequest());
    }

    /** 0.75 × 6 members is 4.5 votes: a rounding that refuses to round cannot make it whole, and must say so. */
    @Test
    void aRoundingThatCannotMakeTheRequiredVotesWholeIs400() throws Exception {
        postJson(ROUND, "{\"thresholdRatio\": 0.75, \"comparison\": \"AT_LEAST\", \"requiredVotesRounding\": \"UNNECESSARY\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("INVALID_WHAT_IF"))
                .andExpect(jsonPath("$.detail").value(containsString("requiredVotesRounding")));
    }

    @Test
    void anOpenRoundHasNoResultToRecount() throws Exception {
        String openRound = commands.flagRound(commands.campaignOpenForPledges());
        eventually(() -> perform(get("/api/rounds/" + openRound + "/what-if?ruleSet=btp-thidua&version=1"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("ROUND_NOT_CLOSED")));
    }
}
