package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.ILLUSTRATIVE;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.today;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * The whole path of a year whose campaign chose its rule-set version otherwise than by default: launched for 2024
 * with a {@code DOSSIER_RECEIVED} override (dossiers received in December 2023, so rule set v1, Decree 91/2017,
 * although v2 is in force from 1 January 2024), its round, the round's decisions, a revocation, a tờ trình going up
 * and the cluster's appointment for the year all record v1; nothing in the requests names a version. Dates and numbers are
 * illustrative (minh họa).
 */
@HttpTest
class RuleVersionFollowedHttpTest {

    private static final String KEPT_ON_V1 = "\"ruleSetVersion\":1";
    private static final String NEW_RULES = "\"ruleSetVersion\":2";

    @Autowired
    CommandApi api;

    private String campaignKeptOnTheOldRules(String clusterId) throws Exception {
        api.created(SECRETARIAT, "/api/campaigns", """
                {"clusterId": "%s", "year": 2024, "name": "Phong trào thi đua năm 2024",
                 "criteria": [{"criterionId": "tc-1", "name": "Nhiệm vụ", "kind": "SCORED", "maxPoints": 60}],
                 "ruleVersion": {"basis": "DOSSIER_RECEIVED", "dossierReceivedOn": "2023-12-15",
                                 "reason": "Hồ sơ tiếp nhận trước ngày 01/01/2024 (minh họa)"}}
                """.formatted(clusterId));
        String campaignId = clusterId + "-2024";
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/registration-window",
                "{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}".formatted(today().minusDays(30), today().plusDays(30)));
        return campaignId;
    }

    private static String appointment(String number, String clusterId) {
        return """
                {"decisionNumber": "%s", "signedOn": "2024-01-05", "signedBy": "Thứ trưởng Bộ Tư pháp (minh họa)",
                 "clusterId": "%s", "year": 2024, "headId": "%s", "deputyHeadId": "%s"}
                """.formatted(number, clusterId, HTQT, THADS);
    }

    private static List<String> payloads(List<Document> events) {
        return events.stream().map(event -> event.getString("payload")).toList();
    }

    @Test
    void aRoundItsDecisionAndARevocationFollowTheVersionTheCampaignChose() throws Exception {
        String roundId = api.closedFlagRound(campaignKeptOnTheOldRules(api.formCluster()));
        assertThat(payloads(api.events(roundId))).filteredOn(payload -> payload.contains("ruleSetVersion"))
                .hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(payload -> assertThat(payload).contains(KEPT_ON_V1).doesNotContain(NEW_RULES));

        String number = unique("31") + "/QĐ-BTP";
        String decisionId = DecisionId.of(2024, number).value();
        api.created(SECRETARIAT, "/api/decisions/commendations", """
                {"decisionNumber": "%s", "signedOn": "2024-12-20", "signedBy": "Bộ trưởng Bộ Tư pháp (minh họa)",
                 "kind": "AWARD", "roundId": "%s", "recipients": ["%s"]}
                """.formatted(number, roundId, THADS));
        api.created(SECRETARIAT, "/api/decisions/" + decisionId + "/revocations", """
                {"recipientId": "%s", "revocationDecisionNumber": "9/QĐ-BTP", "revokedOn": "2025-03-01",
                 "ground": "FALSE_DECLARATION", "reason": "Khai man thành tích (minh họa)"}
                """.formatted(THADS));
        assertThat(payloads(api.events(decisionId))).hasSize(2)
                .allSatisfy(payload -> assertThat(payload).contains(KEPT_ON_V1).doesNotContain(NEW_RULES));
    }

    @Test
    void aTờTrìnhOfThatYearGoesUpUnderTheVersionItsCampaignChose() throws Exception {
        String roundId = api.closedFlagRound(campaignKeptOnTheOldRules(api.formCluster()));
        String number = unique("34") + "/TTr-CTĐIV";
        String toTrinh = DecisionId.of(2024, number).value();
        api.created(SECRETARIAT, "/api/decisions/commendations", """
                {"decisionNumber": "%s", "signedOn": "2024-12-09", "signedBy": "Trưởng Cụm (minh họa)",
                 "kind": "PROPOSAL", "roundId": "%s", "recipients": ["%s"]}
                """.formatted(number, roundId, THADS));
        api.created(SECRETARIAT, "/api/proposals", """
                {"proposalDecisionId": "%s", "level": "MINISTRY", "submittedOn": "2024-12-15",
                 "dossier": [{"kind": "SUBMISSION", "reference": "%s"},
                             {"kind": "ACHIEVEMENT_REPORT", "reference": "Báo cáo thành tích (minh họa)"},
                             {"kind": "DELIBERATION_MINUTES", "reference": "Biên bản bình xét (minh họa)"}]}
                """.formatted(toTrinh, number));
        assertThat(api.lastEvent("de-nghi." + toTrinh).getString("payload"))
                .contains("\"ruleCode\":\"PROPOSAL_ROUTE\"", KEPT_ON_V1).doesNotContain(NEW_RULES);
    }

    @Test
    void theClustersAppointmentForTheYearFollowsItsCampaignsVersion() throws Exception {
        String clusterId = api.formCluster();
        campaignKeptOnTheOldRules(clusterId);
        String number = unique("32") + "/QĐ-BTP";
        api.created(SECRETARIAT, "/api/decisions/appointments", appointment(number, clusterId));
        assertThat(api.lastEvent(DecisionId.of(2024, number).value()).getString("payload"))
                .contains("\"ruleCode\":\"R11\"", KEPT_ON_V1);
    }

    @Test
    void anAppointmentBeforeTheYearsCampaignIsLaunchedTakesTheYearsDefault() throws Exception {
        String clusterId = api.formCluster();
        String number = unique("33") + "/QĐ-BTP";
        api.created(SECRETARIAT, "/api/decisions/appointments", appointment(number, clusterId));
        assertThat(api.lastEvent(DecisionId.of(2024, number).value()).getString("payload"))
                .contains("\"ruleCode\":\"R11\"", NEW_RULES);
    }

    @Test
    void aRoundOfACampaignLaunchedByDefaultTakesTheYearsVersion() throws Exception {
        String roundId = api.flagRound(api.campaignOpenForPledges());
        assertThat(api.events(roundId).get(0).getString("payload")).contains(NEW_RULES).doesNotContain(KEPT_ON_V1);
        assertThat(CommandApi.YEAR).isEqualTo(2024);
    }
}
