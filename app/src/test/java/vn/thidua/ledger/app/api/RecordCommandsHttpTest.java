package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT_NAME;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.VOTER_1;
import static vn.thidua.ledger.app.testsupport.CommandApi.YEAR;
import static vn.thidua.ledger.app.testsupport.CommandApi.today;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.util.List;
import org.bson.Document;
import org.springframework.web.util.UriUtils;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.SecretBallots;

/**
 * Hồ sơ thi đua through the API against the embedded store: the five entries, their rejections, and the title
 * criteria they feed when a round opens and when a commendation is decided. Every holder id is unique to its test,
 * so no other test meets these records; every fact is illustrative (minh họa).
 */
@HttpTest
class RecordCommandsHttpTest {

    @Autowired
    CommandApi api;
    @Autowired
    MockMvc mvc;

    private static String records(String holder) {
        return "/api/records/" + holder + "/" + YEAR;
    }

    @Test
    void theSecretariatRecordsEachFactAndTheEventCarriesWhoAndWhy() throws Exception {
        String unit = unique("vu");
        String recordId = unit + "-" + YEAR;
        api.perform(SECRETARIAT, CommandApi.request(records(unit) + "/staff-counts")
                        .header("X-Reason", UriUtils.encode("Báo cáo của đơn vị", StandardCharsets.UTF_8))
                        .content("""
                                {"staff": 40, "advancedWorkers": 30, "grassrootsFighters": 4, "completedDuties": 40,
                                 "heaviestMemberDiscipline": "REPRIMAND"}"""))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/audit/events.csv?aggregate=" + recordId))
                .andExpect(jsonPath("$.recordId").value(recordId));
        Document counted = api.lastEvent(recordId);
        assertThat(counted.getString("payloadType")).endsWith("StaffCountRecorded");
        assertThat(counted.getString("payload")).contains("\"staff\":40", "\"heaviestMemberDiscipline\":\"REPRIMAND\"");
        assertThat(counted.getString("metaData")).contains("\"principal\":\"thu-ky\"",
                "\"reason\":\"Báo cáo của đơn vị\"");

        String person = unique("cc");
        api.created(SECRETARIAT, records(person) + "/titles",
                "{\"title\": \"ADVANCED_WORKER\", \"decisionNumber\": \"15/QĐ-VU (minh họa)\"}");
        api.created(SECRETARIAT, records(person) + "/initiatives",
                "{\"initiative\": \"Số hóa sổ đăng ký thi đua\", \"level\": \"GRASSROOTS\"}");
        api.created(SECRETARIAT, records(person) + "/task-completion", "{\"grade\": \"EXCELLENT\"}");
        api.created(SECRETARIAT, records(person) + "/disciplines",
                "{\"level\": \"REPRIMAND\", \"decisionNumber\": \"3/QĐ-KL (minh họa)\"}");
        assertThat(api.events(person + "-" + YEAR)).extracting(event -> event.getString("payloadType"))
                .map(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("TitleConferred", "InitiativeRecognised", "TaskCompletionGraded", "DisciplineRecorded");
    }

    @Test
    void countsThatContradictEachOtherAre400WithTheirCodeAndATitleTwiceIs409() throws Exception {
        String unit = unique("vu");
        api.post(SECRETARIAT, records(unit) + "/staff-counts",
                        "{\"staff\": 10, \"advancedWorkers\": 11, \"grassrootsFighters\": 0, \"completedDuties\": 10}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("STAFF_COUNTS_INCONSISTENT"));
        api.post(SECRETARIAT, records(unit) + "/staff-counts",
                        "{\"staff\": 10, \"advancedWorkers\": -1, \"grassrootsFighters\": 0, \"completedDuties\": 10}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.contains("advancedWorkers")));
        api.post(SECRETARIAT, records(unit) + "/disciplines", "{\"level\": \"PUBLIC_SHAMING\", \"decisionNumber\": \"1\"}")
                .andExpect(status().isBadRequest());
        String title = "{\"title\": \"ADVANCED_COLLECTIVE\", \"decisionNumber\": \"20/QĐ-BTP (minh họa)\"}";
        api.created(SECRETARIAT, records(unit) + "/titles", title);
        api.post(SECRETARIAT, records(unit) + "/titles", title)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TITLE_ALREADY_RECORDED"));
    }

    @Test
    void onlyTheSecretariatKeepsRecords() throws Exception {
        api.post(REP_HTQT, records(HTQT) + "/staff-counts",
                        "{\"staff\": 10, \"advancedWorkers\": 10, \"grassrootsFighters\": 1, \"completedDuties\": 10}")
                .andExpect(status().isForbidden());
        api.post(VOTER_1, records(VOTER_1) + "/titles", "{\"title\": \"ADVANCED_WORKER\", \"decisionNumber\": \"1\"}")
                .andExpect(status().isForbidden());
    }

    /** A cluster of its own, so its unit's record is this test's alone; the unit pledged Tập thể lao động tiên tiến. */
    private String campaignWithACollectiveCandidate(String unit) throws Exception {
        String clusterId = unique("cum");
        api.created(SECRETARIAT, "/api/clusters", """
                {"clusterId": "%s", "name": "Cụm minh họa", "firstYear": %d,
                 "units": [{"id": "%s", "name": "Vụ minh họa"}, {"id": "%s", "name": "%s"}]}
                """.formatted(clusterId, YEAR, unit, HTQT, HTQT_NAME));
        String campaignId = api.launchCampaign(clusterId);
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/registration-window",
                "{\"opensOn\": \"%s\", \"closesOn\": \"%s\"}".formatted(today().minusDays(30), today().plusDays(30)));
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                {"registrantId": "%s", "registrantName": "Vụ minh họa", "kind": "UNIT", "unitId": "%s",
                 "staffCount": 40, "titles": ["ADVANCED_COLLECTIVE"]}
                """.formatted(unit, unit));
        return campaignId;
    }

    /** A council round voted by the members of a council established today (its roster, never the request's). */
    private String collectiveRound(String roundId, String campaignId, String unit) throws Exception {
        return """
                {"roundId": "%s", "campaignId": "%s", "title": "ADVANCED_COLLECTIVE", "body": "COUNCIL",
                 "candidateIds": ["%s"], "councilId": "%s"}
                """.formatted(roundId, campaignId, unit, council());
    }

    private String council() throws Exception {
        return new SecretBallots(api, mvc).council(List.of(unique("hd"), unique("hd")));
    }

    @Test
    void aCollectiveWithHalfItsStaffAdvancedWorkersCannotStandForTheAdvancedCollectiveTitle() throws Exception {
        String unit = unique("vu");
        String campaignId = campaignWithACollectiveCandidate(unit);
        api.created(SECRETARIAT, records(unit) + "/staff-counts",
                "{\"staff\": 40, \"advancedWorkers\": 20, \"grassrootsFighters\": 0, \"completedDuties\": 40}");
        String roundId = unique("tt");
        String round = collectiveRound(roundId, campaignId, unit);
        long before = api.commitCount();
        api.post(SECRETARIAT, "/api/rounds", round)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("COLLECTIVE_CRITERIA_UNMET"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("R5"), containsString("btp-thidua v2"),
                        containsString("20 Lao động tiên tiến of 40"))));
        assertThat(api.commitCount()).isEqualTo(before);

        // The unit's report is corrected: 21 of 40 is more than half.
        api.created(SECRETARIAT, records(unit) + "/staff-counts",
                "{\"staff\": 40, \"advancedWorkers\": 21, \"grassrootsFighters\": 0, \"completedDuties\": 40}");
        api.created(SECRETARIAT, "/api/rounds", round);
    }

    @Test
    void aGrassrootsFighterCandidateWithoutAnInitiativeOrExcellenceIsRefusedAtTheOpening() throws Exception {
        String person = unique("cc");
        api.created(SECRETARIAT, records(person) + "/titles",
                "{\"title\": \"ADVANCED_WORKER\", \"decisionNumber\": \"15/QĐ-VU (minh họa)\"}");
        api.created(SECRETARIAT, records(person) + "/task-completion", "{\"grade\": \"GOOD\"}");
        String campaignId = api.campaignOpenForPledges();
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                {"registrantId": "%s", "registrantName": "Cá nhân minh họa", "kind": "INDIVIDUAL", "unitId": "%s",
                 "titles": ["GRASSROOTS_EMULATION_FIGHTER"]}""".formatted(person, HTQT));
        api.post(SECRETARIAT, "/api/rounds", """
                        {"roundId": "%s", "campaignId": "%s", "title": "GRASSROOTS_EMULATION_FIGHTER", "body": "COUNCIL",
                         "candidateIds": ["%s"], "councilId": "%s"}
                        """.formatted(unique("hd"), campaignId, person, council()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("GRASSROOTS_FIGHTER_CRITERIA_UNMET"))
                .andExpect(jsonPath("$.detail").value(containsString("R2")));
    }

    @Test
    void aRecordEnteredAfterTheRoundStillStopsTheDecision() throws Exception {
        String person = unique("cc");
        SecretBallots secret = new SecretBallots(api, mvc);
        // No record yet: the round opens unchecked, and the council elects the candidate.
        String roundId = secret.electedByCouncil(person, List.of(VOTER_1, unique("hd")));

        // Then the year's record arrives: not an Advanced Worker.
        api.created(SECRETARIAT, records(person) + "/task-completion", "{\"grade\": \"COMPLETED\"}");
        String decision = """
                {"decisionNumber": "%s", "signedOn": "2024-12-20", "signedBy": "Bộ trưởng Bộ Tư pháp (minh họa)",
                 "kind": "AWARD", "roundId": "%s", "recipients": ["%s"]}
                """.formatted(unique("77") + "/QĐ-BTP", roundId, person);
        api.post(SECRETARIAT, "/api/decisions/commendations", decision)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("GRASSROOTS_FIGHTER_CRITERIA_UNMET"));

        api.created(SECRETARIAT, records(person) + "/titles",
                "{\"title\": \"ADVANCED_WORKER\", \"decisionNumber\": \"15/QĐ-VU (minh họa)\"}");
        api.created(SECRETARIAT, records(person) + "/initiatives",
                "{\"initiative\": \"Mẫu biên bản điện tử\", \"level\": \"GRASSROOTS\"}");
        api.created(SECRETARIAT, "/api/decisions/commendations", decision);
    }
}
