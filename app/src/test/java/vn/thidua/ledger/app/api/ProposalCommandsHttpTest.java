package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_THADS;
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
 * Issue 12, item 5: a cluster's tờ trình goes up to the Ministry, is returned, sent again and approved; the tờ trình,
 * the award and the unit's award record show the path.
 */
@HttpTest
class ProposalCommandsHttpTest {

    private static final String DOSSIER = """
            [{"kind": "SUBMISSION", "reference": "%s"},
             {"kind": "ACHIEVEMENT_REPORT", "reference": "Báo cáo thành tích (minh họa)"},
             {"kind": "DELIBERATION_MINUTES", "reference": "Biên bản bình xét (minh họa)"}]""";

    @Autowired
    CommandApi api;

    private static String commendation(String number, String kind, String signedOn, String roundId) {
        return """
                {"decisionNumber": "%s", "signedOn": "%s", "signedBy": "Trưởng Cụm (minh họa)",
                 "kind": "%s", "roundId": "%s", "recipients": ["%s"]}
                """.formatted(number, signedOn, kind, roundId, THADS);
    }

    private static String submission(String decisionId, String level, String dossier) {
        return """
                {"proposalDecisionId": "%s", "level": "%s", "submittedOn": "2024-12-15", "dossier": %s}
                """.formatted(decisionId, level, dossier);
    }

    /** A tờ trình for the round's winner, recorded through the API; its decision id. */
    private String toTrinh(String roundId) throws Exception {
        String number = unique("01") + "/TTr-CTĐIV";
        api.created(SECRETARIAT, "/api/decisions/commendations", commendation(number, "PROPOSAL", "2024-12-09", roundId));
        return DecisionId.of(2024, number).value();
    }

    @Test
    void aTờTrìnhGoesToTheMinistryIsReturnedSentAgainAndApprovedByTheMinistersAward() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        String toTrinh = toTrinh(roundId);
        String proposalId = "de-nghi." + toTrinh;

        api.post(SECRETARIAT, "/api/proposals", submission(toTrinh, "MINISTRY", DOSSIER.formatted("01/TTr")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.proposalId").value(proposalId))
                .andExpect(header().string("Location", "/api/public/decisions/" + toTrinh));
        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/returns",
                        "{\"on\": \"2024-12-20\", \"reason\": \"Thiếu xác nhận trên báo cáo thành tích\"}")
                .andExpect(status().isCreated());
        assertThat(api.lastEvent(proposalId).getString("metaData"))
                .contains("\"reason\":\"Thiếu xác nhận trên báo cáo thành tích\"");
        api.created(SECRETARIAT, "/api/proposals", submission(toTrinh, "MINISTRY", DOSSIER.formatted("01/TTr")));

        String awardNumber = unique("3456") + "/QĐ-BTP";
        api.created(SECRETARIAT, "/api/decisions/commendations", commendation(awardNumber, "AWARD", "2025-01-10", roundId));
        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/approvals", "{\"awardDecisionId\": \"" + toTrinh + "\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("AWARD_NOT_FOR_PROPOSAL"));
        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/approvals",
                        "{\"awardDecisionId\": \"" + DecisionId.of(2025, awardNumber).value() + "\"}")
                .andExpect(status().isCreated());
        assertThat(api.lastEvent(proposalId).getString("payload"))
                .contains("\"awardDecisionNumber\":\"" + awardNumber + "\"", "\"level\":\"MINISTRY\"");

        api.post(SECRETARIAT, "/api/proposals/" + proposalId + "/refusals",
                        "{\"on\": \"2025-02-01\", \"reason\": \"Muộn\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("PROPOSAL_NOT_PENDING"));
        String awardId = DecisionId.of(2025, awardNumber).value();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null, get("/api/public/decisions/" + toTrinh))
                .andExpect(jsonPath("$.path[*].status", contains("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$.path[3].awardDecisionId").value(awardId)));
        // The award records and lists below are written after the decision's document, in the same batch.
        api.awaitViewsCaughtUp();
        api.perform(null, get("/api/public/decisions/" + awardId))
                .andExpect(jsonPath("$.approves[0].proposalDecisionId").value(toTrinh));
        api.perform(null, get("/api/public/units/" + THADS + "/awards"))
                .andExpect(jsonPath("$.awards[?(@.decisionId == '" + toTrinh + "')].path[*].status",
                        contains("SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED")))
                .andExpect(jsonPath("$.awards[?(@.decisionId == '" + awardId + "')].proposal.proposalDecisionId",
                        contains(toTrinh)));
    }

    @Test
    void anIncompleteDossierIs400AndAWrongLevelOrAnAward409() throws Exception {
        String roundId = api.closedFlagRound(api.campaignOpenForPledges());
        String toTrinh = toTrinh(roundId);
        api.post(SECRETARIAT, "/api/proposals", submission(toTrinh, "MINISTRY",
                        "[{\"kind\": \"SUBMISSION\", \"reference\": \"01/TTr\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("DOSSIER_INCOMPLETE"));
        api.post(SECRETARIAT, "/api/proposals", submission(toTrinh, "CENTRAL_BOARD", DOSSIER.formatted("01/TTr")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("WRONG_PROPOSAL_LEVEL"));

        String awardNumber = unique("9") + "/QĐ-BTP";
        api.created(SECRETARIAT, "/api/decisions/commendations", commendation(awardNumber, "AWARD", "2025-01-10", roundId));
        api.post(SECRETARIAT, "/api/proposals", submission(DecisionId.of(2025, awardNumber).value(), "MINISTRY",
                        DOSSIER.formatted(awardNumber)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_A_PROPOSAL"));
    }

    @Test
    void unknownTờTrìnhAndProposalAre404() throws Exception {
        api.post(SECRETARIAT, "/api/proposals", submission(unique("khong-co"), "MINISTRY", DOSSIER.formatted("x")))
                .andExpect(status().isNotFound());
        api.post(SECRETARIAT, "/api/proposals/" + unique("de-nghi.khong-co") + "/refusals",
                        "{\"on\": \"2025-02-01\", \"reason\": \"Không có\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyTheSecretariatSendsProposals() throws Exception {
        api.post(REP_THADS, "/api/proposals", submission("x", "MINISTRY", DOSSIER.formatted("x")))
                .andExpect(status().isForbidden());
    }
}
