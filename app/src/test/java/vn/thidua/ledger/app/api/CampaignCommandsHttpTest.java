package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.ILLUSTRATIVE;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.VOTER_1;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

@HttpTest
class CampaignCommandsHttpTest {

    @Autowired
    CommandApi api;

    @Test
    void launchTakesTheClusterNameAndMembersFromTheClusterNotTheClient() throws Exception {
        String clusterId = api.formCluster();
        api.post(SECRETARIAT, "/api/campaigns", """
                        {"clusterId": "%s", "year": 2024, "name": "Phong trào 2024",
                         "criteria": [{"criterionId": "tc-1", "name": "Nhiệm vụ", "kind": "SCORED", "maxPoints": 60}]}
                        """.formatted(clusterId))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/clusters/" + clusterId + "/years/2024/summary"))
                .andExpect(jsonPath("$.campaignId").value(clusterId + "-2024"));

        String launched = api.lastEvent(clusterId + "-2024").getString("payload");
        assertThat(launched).contains("\"clusterName\":\"Cụm thi đua số IV (kiểm thử)\"")
                .contains("\"ruleSetVersion\":2")
                .contains(CommandApi.THADS_NAME, CommandApi.HTQT_NAME, CommandApi.ILLUSTRATIVE_NAME);
    }

    @Test
    void aLaunchMayTakeTheRulesInForceWhenTheDossierWasReceivedAndRecordsWhy() throws Exception {
        String clusterId = api.formCluster();
        api.created(SECRETARIAT, "/api/campaigns", """
                {"clusterId": "%s", "year": 2024, "name": "Phong trào 2024",
                 "criteria": [{"criterionId": "tc-1", "name": "Nhiệm vụ", "kind": "SCORED", "maxPoints": 60}],
                 "ruleVersion": {"basis": "DOSSIER_RECEIVED", "dossierReceivedOn": "2023-12-15",
                                 "reason": "Hồ sơ tiếp nhận trước ngày 01/01/2024 (minh họa)"}}
                """.formatted(clusterId));

        List<Document> events = api.events(clusterId + "-2024");
        assertThat(events).extracting(event -> event.getString("payloadType")).containsExactly(
                "vn.thidua.ledger.events.campaign.CampaignLaunched", "vn.thidua.ledger.events.campaign.RuleVersionChosen");
        assertThat(events.get(0).getString("payload")).contains("\"ruleSetVersion\":1");
        assertThat(events.get(1).getString("payload")).contains("\"basis\":\"DOSSIER_RECEIVED\"",
                "\"referenceDate\":\"2023-12-15\"", "Hồ sơ tiếp nhận trước ngày 01/01/2024 (minh họa)");
    }

    @Test
    void aRuleVersionOverrideWithoutAReasonIsRefused() throws Exception {
        String clusterId = api.formCluster();
        long before = api.commitCount();
        api.post(SECRETARIAT, "/api/campaigns", """
                        {"clusterId": "%s", "year": 2024, "name": "Phong trào 2024",
                         "criteria": [{"criterionId": "tc-1", "name": "Nhiệm vụ", "kind": "SCORED", "maxPoints": 60}],
                         "ruleVersion": {"basis": "DOSSIER_RECEIVED", "dossierReceivedOn": "2023-12-15"}}
                        """.formatted(clusterId))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void launchingForAnUnknownClusterIs404() throws Exception {
        api.post(SECRETARIAT, "/api/campaigns", """
                        {"clusterId": "%s", "year": 2024, "name": "Phong trào 2024",
                         "criteria": [{"criterionId": "tc-1", "name": "Nhiệm vụ", "kind": "SCORED", "maxPoints": 60}]}
                        """.formatted(unique("khong-co")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void launchingTheSameYearTwiceIs409() throws Exception {
        String clusterId = api.formCluster();
        api.launchCampaign(clusterId);
        api.post(SECRETARIAT, "/api/campaigns", """
                        {"clusterId": "%s", "year": 2024, "name": "Lần hai",
                         "criteria": [{"criterionId": "tc-1", "name": "Nhiệm vụ", "kind": "SCORED", "maxPoints": 60}]}
                        """.formatted(clusterId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"));
    }

    @Test
    void aRepresentativeSignsTheCovenantForItsOwnUnitOnly() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        api.post(REP_HTQT, "/api/campaigns/" + campaignId + "/covenant-signatures", "{\"unitId\": \"%s\"}".formatted(HTQT))
                .andExpect(status().isCreated());
        Document signed = api.lastEvent(campaignId);
        assertThat(signed.getString("payloadType")).endsWith("CovenantSigned");
        assertThat(signed.getString("metaData")).contains("\"principal\":\"dai-dien-htqt\"", "\"unitId\":\"vu-htqt\"");

        long before = api.commitCount();
        api.post(REP_HTQT, "/api/campaigns/" + campaignId + "/covenant-signatures", "{\"unitId\": \"%s\"}".formatted(THADS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_ACTING_FOR_UNIT"));
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void aVoterCannotSignTheCovenantIs403ByRole() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        api.post(VOTER_1, "/api/campaigns/" + campaignId + "/covenant-signatures", "{\"unitId\": \"%s\"}".formatted(HTQT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void signingForAnUnknownCampaignIs404() throws Exception {
        api.post(SECRETARIAT, "/api/campaigns/" + unique("khong-co") + "-2024/covenant-signatures",
                        "{\"unitId\": \"%s\"}".formatted(HTQT))
                .andExpect(status().isNotFound());
    }

    @Test
    void aRepresentativeScoresOnlyItsOwnUnitAndCannotAdjust() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        String mine = "/api/campaigns/" + campaignId + "/scorecards/" + HTQT;
        api.post(REP_HTQT, mine + "/self-assessments", "{\"criterionId\": \"tc-1\", \"points\": 55.5}")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/campaigns/" + campaignId + "/ranking/draft"));
        api.post(REP_HTQT, "/api/campaigns/" + campaignId + "/scorecards/" + THADS + "/self-assessments",
                        "{\"criterionId\": \"tc-1\", \"points\": 60}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_ACTING_FOR_UNIT"));
        api.post(REP_HTQT, mine + "/adjustments", "{\"criterionId\": \"tc-1\", \"points\": 60, \"reason\": \"Tự nâng\"}")
                .andExpect(status().isForbidden());
    }

    @Test
    void anAdjustmentNeedsAReasonWhichBecomesTheAuditReason() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        String card = "/api/campaigns/" + campaignId + "/scorecards/" + HTQT;
        api.created(REP_HTQT, card + "/self-assessments", "{\"criterionId\": \"tc-1\", \"points\": 58}");

        api.post(SECRETARIAT, card + "/adjustments", "{\"criterionId\": \"tc-1\", \"points\": 50}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("REASON_REQUIRED"));
        api.created(SECRETARIAT, card + "/adjustments",
                "{\"criterionId\": \"tc-1\", \"points\": 50, \"reason\": \"Thiếu minh chứng tiêu chí 1.2\"}");

        Document adjusted = api.lastEvent(campaignId);
        assertThat(adjusted.getString("payloadType")).endsWith("ScoreAdjusted");
        assertThat(adjusted.getString("payload")).contains("\"previousPoints\":58");
        assertThat(adjusted.getString("metaData")).contains("\"reason\":\"Thiếu minh chứng tiêu chí 1.2\"");
    }

    @Test
    void aScoreAboveTheMaximumIs400ScoreOutOfRange() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        api.post(SECRETARIAT, "/api/campaigns/" + campaignId + "/scorecards/" + HTQT + "/self-assessments",
                        "{\"criterionId\": \"tc-1\", \"points\": 60.01}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SCORE_OUT_OF_RANGE"));
    }

    @Test
    void walksTheYearFromScoresToRankingToClosing() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        String base = "/api/campaigns/" + campaignId;
        api.post(SECRETARIAT, base + "/ranking", "")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SCORECARDS_NOT_FINALISED"));
        int points = 50;
        for (String unit : new String[] {HTQT, THADS, ILLUSTRATIVE}) {
            api.created(SECRETARIAT, base + "/scorecards/" + unit + "/self-assessments",
                    "{\"criterionId\": \"tc-1\", \"points\": %d}".formatted(points++));
            api.created(SECRETARIAT, base + "/scorecards/" + unit + "/finalisation", "");
        }
        api.post(SECRETARIAT, base + "/ranking", "")
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/campaigns/" + campaignId + "/ranking"));
        api.created(SECRETARIAT, base + "/closure", "{\"summary\": \"Báo cáo tổng kết năm 2024\"}");

        assertThat(api.events(campaignId)).extracting(event -> event.getString("payloadType"))
                .endsWith("vn.thidua.ledger.events.campaign.RankingPublished",
                        "vn.thidua.ledger.events.campaign.CampaignClosed");
        api.post(SECRETARIAT, base + "/closure", "{\"summary\": \"Lần hai\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CAMPAIGN_CLOSED"));
    }
}
