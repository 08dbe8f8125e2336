package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * Issue 12, item 5 for a form of commendation, against the embedded store: the Minister's tờ trình proposing a Huân
 * chương Lao động goes to the Ministry, is forwarded to the Central Board and approved by the State President's
 * award; the tờ trình, the award and the unit's award record show the path. The numbers are illustrative (minh họa).
 */
@HttpTest
class FormProposalHttpTest {

    private static final String FORMS = "/api/decisions/forms";
    private static final String DOSSIER = """
            [{"kind": "SUBMISSION", "reference": "%s"},
             {"kind": "ACHIEVEMENT_REPORT", "reference": "Báo cáo thành tích (minh họa)"},
             {"kind": "DELIBERATION_MINUTES", "reference": "Biên bản bình xét (minh họa)"}]""";

    @Autowired
    CommandApi api;

    /** A form's decision recorded through the API, signed in 2025; its decision id. */
    private String form(String number, String issuer, String kind, String form, String campaignId) throws Exception {
        api.created(SECRETARIAT, FORMS, """
                {"decisionNumber": "%s", "signedOn": "2025-02-01", "signedBy": "%s (minh họa)",
                 "issuer": "%s", "kind": "%s", "form": "%s", "campaignId": "%s", "recipients": ["%s"]}
                """.formatted(number, issuer, issuer, kind, form, campaignId, THADS));
        return DecisionId.of(2025, number).value();
    }

    private static String submission(String decisionId, String level) {
        return """
                {"proposalDecisionId": "%s", "level": "%s", "submittedOn": "2025-02-10", "dossier": %s}
                """.formatted(decisionId, level, DOSSIER.formatted(decisionId));
    }

    private static String approval(String awardId) {
        return "{\"awardDecisionId\": \"" + awardId + "\"}";
    }

    @Test
    void aLabourOrdersTờTrìnhGoesToTheCentralBoardAndThePresidentsAwardApprovesIt() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String toTrinh = form(unique("30") + "/TTr-BTP", "MINISTER", "PROPOSAL", "LABOUR_ORDER_THIRD_CLASS",
                campaignId);
        String proposalId = "de-nghi." + toTrinh;

        api.created(SECRETARIAT, "/api/proposals", submission(toTrinh, "MINISTRY"));
        assertThat(api.lastEvent(proposalId).getString("payloadType")).endsWith("FormProposalSubmitted");
        String president = form(unique("40") + "/QĐ-CTN", "PRESIDENT", "AWARD", "LABOUR_ORDER_THIRD_CLASS",
                campaignId);
        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/approvals", approval(president))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("WRONG_PROPOSAL_LEVEL"));
        api.created(SECRETARIAT, "/api/proposals", submission(toTrinh, "CENTRAL_BOARD"));

        String minister = form(unique("215") + "/QĐ-BTP", "MINISTER", "AWARD", "MINISTER_CERTIFICATE_OF_MERIT",
                campaignId);
        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/approvals", approval(minister))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AWARD_NOT_FOR_PROPOSAL"));
        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/approvals", approval(president))
                .andExpect(status().isCreated());
        assertThat(api.lastEvent(proposalId).getString("payloadType")).endsWith("FormProposalApproved");
        assertThat(api.lastEvent(proposalId).getString("payload"))
                .contains("\"form\":\"LABOUR_ORDER_THIRD_CLASS\"", "\"level\":\"CENTRAL_BOARD\"");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null,
                        get("/api/public/decisions/" + toTrinh))
                .andExpect(jsonPath("$.path[*].level", contains("MINISTRY", "CENTRAL_BOARD", "CENTRAL_BOARD")))
                .andExpect(jsonPath("$.path[*].status", contains("SUBMITTED", "SUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$.path[2].awardDecisionId").value(president)));
        api.awaitViewsCaughtUp();
        api.perform(null, get("/api/public/decisions/" + president))
                .andExpect(jsonPath("$.approves[0].proposalDecisionId").value(toTrinh))
                .andExpect(jsonPath("$.approves[0].level").value("CENTRAL_BOARD"));
        api.perform(null, get("/api/public/units/" + THADS + "/awards"))
                .andExpect(jsonPath("$.awards[?(@.decisionId == '" + toTrinh + "')].path[*].status",
                        contains("SUBMITTED", "SUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$.awards[?(@.decisionId == '" + president + "')].proposal.proposalDecisionId",
                        contains(toTrinh)));
    }

    @Test
    void theMinistersCertificateOfMeritIsApprovedAtTheMinistryAndNotForwarded() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String toTrinh = form(unique("31") + "/TTr-TCTHADS", "UNIT_HEAD", "PROPOSAL",
                "MINISTER_CERTIFICATE_OF_MERIT", campaignId);
        String proposalId = "de-nghi." + toTrinh;
        api.created(SECRETARIAT, "/api/proposals", submission(toTrinh, "MINISTRY"));
        api.post(SECRETARIAT, "/api/proposals", submission(toTrinh, "CENTRAL_BOARD"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("WRONG_PROPOSAL_LEVEL"));
        String minister = form(unique("216") + "/QĐ-BTP", "MINISTER", "AWARD", "MINISTER_CERTIFICATE_OF_MERIT",
                campaignId);
        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/approvals", approval(minister))
                .andExpect(status().isCreated());
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null,
                        get("/api/public/decisions/" + minister))
                .andExpect(jsonPath("$.approves[0].proposalDecisionId").value(toTrinh))
                .andExpect(jsonPath("$.approves[0].level").value("MINISTRY")));
    }
}
