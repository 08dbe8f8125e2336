package vn.thidua.ledger.app.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.DemoYearApi.eventually;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.demo.DemoUsers;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * docs/api.md: a command's {@code Location} is where its result is read. One command of each kind a campaign answers,
 * and its Location followed as the secretariat: once the views have caught up, each is a 200, never a 404.
 */
@HttpTest
class LocationRoutesHttpTest {

    @Autowired
    CommandApi api;

    @Autowired
    MockMvc mvc;

    @Test
    void everyLocationACampaignsCommandsAnswerIsARouteThatAnswers() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        String base = "/api/campaigns/" + campaignId;
        follow(api.post(SECRETARIAT, base + "/registration-window", """
                {"opensOn": "%s", "closesOn": "%s"}""".formatted(CommandApi.today().minusDays(3),
                                                               CommandApi.today().plusDays(3))));
        follow(api.post(SECRETARIAT, base + "/pledges", """
                {"registrantId": "cc-loc", "registrantName": "Cán bộ (minh họa)", "kind": "INDIVIDUAL",
                 "unitId": "%s", "titles": ["ADVANCED_WORKER"]}""".formatted(HTQT)));
        follow(api.post(SECRETARIAT, base + "/pledges/cc-loc/withdrawal", "{\"reason\": \"Chuyển công tác\"}"));
        follow(api.post(SECRETARIAT, base + "/scorecards/" + HTQT + "/self-assessments",
                        "{\"criterionId\": \"tc-1\", \"points\": 50}"));
        follow(api.post(SECRETARIAT, base + "/covenant-signatures", "{\"unitId\": \"%s\"}".formatted(HTQT)));
    }

    private void follow(org.springframework.test.web.servlet.ResultActions answered) throws Exception {
        String location = answered.andExpect(status().isCreated()).andReturn().getResponse().getHeader("Location");
        eventually(() -> mvc.perform(get(location).with(httpBasic(SECRETARIAT, DemoUsers.passwordOf(SECRETARIAT))))
                .andExpect(status().isOk()));
    }
}
