package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.VOTER_1;
import static vn.thidua.ledger.app.testsupport.CommandApi.YEAR;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.SecretBallots;

/**
 * The switch that makes hồ sơ thi đua mandatory in a campaign, through the API against the embedded store: recorded
 * with who and why, once; then a round for a title with criteria refuses a candidate without a record of the year,
 * and so does a decision citing a round of the campaign. Every campaign, holder and fact is illustrative (minh họa)
 * and unique to its test.
 */
@HttpTest
class EmulationRecordsRequirementHttpTest {

    private static final String REASON = "Bộ yêu cầu hồ sơ thi đua của mọi ứng viên (minh họa)";

    @Autowired
    CommandApi api;
    @Autowired
    MockMvc mvc;

    private static String requirement(String campaignId) {
        return "/api/campaigns/" + campaignId + "/emulation-records-requirement";
    }

    private static String reason(String text) {
        return "{\"reason\": \"" + text + "\"}";
    }

    @Test
    void theSecretariatRequiresRecordsOnceWithItsReasonAndNobodyElseMay() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.post(REP_HTQT, requirement(campaignId), reason(REASON)).andExpect(status().isForbidden());

        api.post(SECRETARIAT, requirement(campaignId), reason(REASON))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.campaignId").value(campaignId));
        Document required = api.lastEvent(campaignId);
        assertThat(required.getString("payloadType")).endsWith("EmulationRecordsRequired");
        assertThat(required.getString("payload")).contains("\"year\":" + YEAR, "\"reason\":\"" + REASON + "\"");
        assertThat(required.getString("metaData")).contains("\"principal\":\"thu-ky\"", "\"reason\":\"" + REASON + "\"");

        api.post(SECRETARIAT, requirement(campaignId), reason("lần nữa"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("EMULATION_RECORDS_ALREADY_REQUIRED"));
        api.post(SECRETARIAT, requirement(campaignId), reason(" ")).andExpect(status().isBadRequest());
    }

    @Test
    void aRoundRefusesACandidateWithoutARecordOnceRecordsAreRequiredAndOpensWhenItIsEntered() throws Exception {
        String person = unique("cc");
        String campaignId = api.campaignOpenForPledges();
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                {"registrantId": "%s", "registrantName": "Cá nhân minh họa", "kind": "INDIVIDUAL", "unitId": "%s",
                 "titles": ["GRASSROOTS_EMULATION_FIGHTER"]}""".formatted(person, HTQT));
        api.created(SECRETARIAT, requirement(campaignId), reason(REASON));
        String round = """
                {"roundId": "%s", "campaignId": "%s", "title": "GRASSROOTS_EMULATION_FIGHTER", "body": "COUNCIL",
                 "candidateIds": ["%s"], "councilId": "%s"}
                """.formatted(unique("hd"), campaignId, person,
                new SecretBallots(api, mvc).council(List.of(unique("hd"), unique("hd"))));
        long before = api.commitCount();
        api.post(SECRETARIAT, "/api/rounds", round)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("EMULATION_RECORD_MISSING"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("R2"),
                        containsString("no hồ sơ thi đua for " + YEAR))));
        assertThat(api.commitCount()).isEqualTo(before);

        String records = "/api/records/" + person + "/" + YEAR;
        api.created(SECRETARIAT, records + "/titles",
                "{\"title\": \"ADVANCED_WORKER\", \"decisionNumber\": \"15/QĐ-VU (minh họa)\"}");
        api.created(SECRETARIAT, records + "/initiatives",
                "{\"initiative\": \"Số hóa sổ đăng ký thi đua\", \"level\": \"GRASSROOTS\"}");
        api.created(SECRETARIAT, "/api/rounds", round);
    }

    @Test
    void aDecisionRefusesAWinnerWithoutARecordWhenTheCampaignRequiredRecordsAfterTheVote() throws Exception {
        String person = unique("cc");
        SecretBallots secret = new SecretBallots(api, mvc);
        // Not yet required: the round opens with no record, and the council elects the candidate.
        String roundId = secret.electedByCouncil(person, List.of(VOTER_1, unique("hd")));
        String campaignId = Document.parse(api.events(roundId).get(0).getString("payload")).getString("campaignId");

        api.created(SECRETARIAT, requirement(campaignId), reason(REASON));
        String decision = """
                {"decisionNumber": "%s", "signedOn": "%d-12-20", "signedBy": "Bộ trưởng Bộ Tư pháp (minh họa)",
                 "kind": "AWARD", "roundId": "%s", "recipients": ["%s"]}
                """.formatted(unique("78") + "/QĐ-BTP", YEAR, roundId, person);
        api.post(SECRETARIAT, "/api/decisions/commendations", decision)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("EMULATION_RECORD_MISSING"));

        String records = "/api/records/" + person + "/" + YEAR;
        api.created(SECRETARIAT, records + "/titles",
                "{\"title\": \"ADVANCED_WORKER\", \"decisionNumber\": \"16/QĐ-VU (minh họa)\"}");
        api.created(SECRETARIAT, records + "/task-completion", "{\"grade\": \"EXCELLENT\"}");
        api.created(SECRETARIAT, "/api/decisions/commendations", decision);
    }
}
