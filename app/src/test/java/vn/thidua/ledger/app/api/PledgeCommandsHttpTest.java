package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.VOTER_1;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

@HttpTest
class PledgeCommandsHttpTest {

    @Autowired
    CommandApi api;

    private static String staffPledge(String registrantId, String unitId) {
        return """
                {"registrantId": "%s", "registrantName": "Nguyễn Văn Minh Họa", "kind": "INDIVIDUAL", "unitId": "%s",
                 "titles": ["ADVANCED_WORKER"]}
                """.formatted(registrantId, unitId);
    }

    @Test
    void aRepresentativeRegistersAmendsAndWithdrawsThePledgeOfItsOwnStaff() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String pledges = "/api/campaigns/" + campaignId + "/pledges";
        api.post(REP_HTQT, pledges, staffPledge("cc-0042", HTQT))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/campaigns/" + campaignId + "/pledges/" + HTQT))
                .andExpect(jsonPath("$.registrantId").value("cc-0042"));
        api.created(REP_HTQT, pledges + "/cc-0042/amendments",
                "{\"titles\": [\"ADVANCED_WORKER\", \"GRASSROOTS_EMULATION_FIGHTER\"]}");
        api.created(REP_HTQT, pledges + "/cc-0042/withdrawal", "{\"reason\": \"Chuyển công tác\"}");

        assertThat(api.events(campaignId)).extracting(event -> event.getString("payloadType"))
                .endsWith("vn.thidua.ledger.events.pledge.PledgeRegistered",
                        "vn.thidua.ledger.events.pledge.PledgeAmended", "vn.thidua.ledger.events.pledge.PledgeWithdrawn");
        assertThat(api.lastEvent(campaignId).getString("metaData")).contains("\"reason\":\"Chuyển công tác\"");
    }

    @Test
    void aRepresentativeCannotPledgeForAnotherUnitNorTouchItsPledges() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String pledges = "/api/campaigns/" + campaignId + "/pledges";
        api.post(REP_HTQT, pledges, staffPledge("cc-0043", THADS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_ACTING_FOR_UNIT"));

        api.created(REP_THADS, pledges, staffPledge("cc-0044", THADS));
        long before = api.commitCount();
        api.post(REP_HTQT, pledges + "/cc-0044/withdrawal", "{\"reason\": \"Không phải việc của tôi\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_ACTING_FOR_UNIT"));
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void aVoterCannotPledgeIs403ByRole() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.post(VOTER_1, "/api/campaigns/" + campaignId + "/pledges", staffPledge("cc-0045", HTQT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void pledgingBeforeTheWindowIsSetIs409() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        api.post(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", staffPledge("cc-0046", HTQT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("REGISTRATION_WINDOW_NOT_SET"));
    }

    @Test
    void registeringTwiceIs409AndAmendingAnUnknownPledgeIs404() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String pledges = "/api/campaigns/" + campaignId + "/pledges";
        api.created(SECRETARIAT, pledges, staffPledge("cc-0047", HTQT));
        api.post(SECRETARIAT, pledges, staffPledge("cc-0047", HTQT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PLEDGE_ALREADY_REGISTERED"));
        api.post(SECRETARIAT, pledges + "/cc-9999/amendments", "{\"titles\": [\"ADVANCED_WORKER\"]}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("PLEDGE_NOT_FOUND"));
    }

    @Test
    void anUnknownTitleIs400Malformed() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.post(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                        {"registrantId": "cc-0048", "registrantName": "A", "kind": "INDIVIDUAL", "unitId": "vu-htqt",
                         "titles": ["HERO_OF_LABOUR"]}
                        """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void aRepresentativeCannotSquatAnotherUnitsIdNorItsStaffSoThatUnitStillPledges() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String pledges = "/api/campaigns/" + campaignId + "/pledges";
        long before = api.commitCount();
        api.post(REP_HTQT, pledges, staffPledge(THADS, HTQT))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.code").value("REGISTRANT_ID_IS_A_UNIT"));
        assertThat(api.commitCount()).isEqualTo(before);

        api.created(REP_THADS, pledges, staffPledge("cc-0049", THADS));
        api.created(REP_THADS, pledges + "/cc-0049/withdrawal", "{\"reason\": \"Chuyển công tác\"}");
        api.post(REP_HTQT, pledges, staffPledge("cc-0049", HTQT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("REGISTRANT_OF_ANOTHER_UNIT"));

        api.created(REP_THADS, pledges, """
                {"registrantId": "%s", "registrantName": "%s", "kind": "UNIT",
                 "unitId": "%s", "staffCount": 120, "titles": ["ADVANCED_COLLECTIVE"]}
                """.formatted(THADS, CommandApi.THADS_NAME, THADS));
    }
}
