package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT_NAME;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS_NAME;
import static vn.thidua.ledger.app.testsupport.CommandApi.YEAR;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.util.UriUtils;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * The year-end conference, its draft summary report and the comments on it, and the head's handover, through the
 * HTTP API against the embedded store, down to the public year summary.
 */
@HttpTest
class YearEndConferenceHttpTest {

    private static final String CONFERENCE = "{\"heldOn\": \"%d-12-09\", \"chairedBy\": \"%s\"}"
            .formatted(YEAR, Conference2022.CONFERENCE_CHAIR);
    private static final String DRAFT = "{\"presentedBy\": \"%s\", \"draft\": \"Dự thảo báo cáo tổng kết năm %d\"}"
            .formatted(Conference2022.DRAFT_PRESENTED_BY, YEAR);

    @Autowired
    CommandApi api;

    @Test
    void theConferenceTheDraftAndTheCommentsReachTheYearSummary() throws Exception {
        String clusterId = api.formCluster();
        String base = "/api/campaigns/" + api.launchCampaign(clusterId);
        api.created(SECRETARIAT, base + "/year-end-conference", CONFERENCE);
        api.created(SECRETARIAT, base + "/draft-summary", DRAFT);
        api.perform(SECRETARIAT, CommandApi.request(base + "/summary-comments")
                        .content("{\"unitId\": \"%s\", \"comment\": \"Đề nghị bổ sung số liệu (minh họa)\"}"
                                .formatted(THADS).getBytes(StandardCharsets.UTF_8))
                        .header("X-Reason", UriUtils.encode("Ghi biên bản Hội nghị", StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());

        Document comment = api.lastEvent(clusterId + "-" + YEAR);
        assertThat(comment.getString("payloadType")).endsWith("SummaryCommentRecorded");
        assertThat(comment.getString("payload")).contains("\"number\":1", THADS_NAME);
        assertThat(comment.getString("metaData")).contains("\"principal\":\"thu-ky\"",
                "\"reason\":\"Ghi biên bản Hội nghị\"");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(null, MockMvcRequestBuilders.get(
                        "/api/public/clusters/" + clusterId + "/years/" + YEAR + "/summary"))
                .andExpect(jsonPath("$.conference.heldOn").value(YEAR + "-12-09"))
                .andExpect(jsonPath("$.conference.chairedBy").value(Conference2022.CONFERENCE_CHAIR))
                .andExpect(jsonPath("$.conference.draft.presentedBy").value(Conference2022.DRAFT_PRESENTED_BY))
                .andExpect(jsonPath("$.conference.comments[0].unitName").value(THADS_NAME)));
    }

    @Test
    void theAgendaIsKeptAndEachStepIsRefusedWithItsCode() throws Exception {
        String base = "/api/campaigns/" + api.launchCampaign(api.formCluster());
        api.post(SECRETARIAT, base + "/draft-summary", DRAFT)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFERENCE_NOT_HELD"));
        api.created(SECRETARIAT, base + "/year-end-conference", CONFERENCE);
        api.post(SECRETARIAT, base + "/year-end-conference", CONFERENCE)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONFERENCE_ALREADY_HELD"));
        api.post(SECRETARIAT, base + "/summary-comments", "{\"unitId\": \"%s\", \"comment\": \"Góp ý\"}".formatted(HTQT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DRAFT_SUMMARY_NOT_PRESENTED"));
        api.created(SECRETARIAT, base + "/draft-summary", DRAFT);
        api.post(SECRETARIAT, base + "/draft-summary", DRAFT)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("DRAFT_SUMMARY_ALREADY_PRESENTED"));
    }

    @Test
    void aConferenceOutsideItsYearOrWithoutAChairIsRefused() throws Exception {
        String base = "/api/campaigns/" + api.launchCampaign(api.formCluster());
        api.post(SECRETARIAT, base + "/year-end-conference",
                        "{\"heldOn\": \"%d-03-01\", \"chairedBy\": \"Thứ trưởng\"}".formatted(YEAR + 1))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"));
        api.post(SECRETARIAT, base + "/year-end-conference", "{\"heldOn\": \"%d-12-09\"}".formatted(YEAR))
                .andExpect(status().isBadRequest());
    }

    @Test
    void onlyTheSecretariatRecordsTheConference() throws Exception {
        String base = "/api/campaigns/" + api.launchCampaign(api.formCluster());
        long before = api.commitCount();
        api.post(REP_HTQT, base + "/year-end-conference", CONFERENCE).andExpect(status().isForbidden());
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void theHeadHandsOverToNextYearsHeadOnce() throws Exception {
        String clusterId = api.formCluster();
        String handovers = "/api/clusters/" + clusterId + "/leadership-handovers";
        String handover = "{\"year\": %d, \"handedOverOn\": \"%d-12-09\"}".formatted(YEAR + 1, YEAR);
        appoint(clusterId, YEAR, THADS, HTQT);
        api.post(SECRETARIAT, handovers, handover)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LEADERSHIP_NOT_APPOINTED"));
        appoint(clusterId, YEAR + 1, HTQT, THADS);

        api.created(SECRETARIAT, handovers, handover);

        Document handedOver = api.lastEvent(clusterId);
        assertThat(handedOver.getString("payloadType")).endsWith("LeadershipHandedOver");
        assertThat(handedOver.getString("payload")).contains("\"outgoingHead\":{\"id\":\"" + THADS + "\"",
                "\"incomingHead\":{\"id\":\"" + HTQT + "\",\"name\":\"" + HTQT_NAME + "\"}");
        api.post(SECRETARIAT, handovers, handover)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("LEADERSHIP_ALREADY_HANDED_OVER"));
    }

    private void appoint(String clusterId, int year, String head, String deputy) throws Exception {
        api.created(SECRETARIAT, "/api/decisions/appointments", """
                {"decisionNumber": "%s/QĐ-MH", "signedOn": "%d-01-15", "signedBy": "Thứ trưởng (minh họa)",
                 "clusterId": "%s", "year": %d, "headId": "%s", "deputyHeadId": "%s"}
                """.formatted(unique("MH"), year, clusterId, year, head, deputy));
    }
}
