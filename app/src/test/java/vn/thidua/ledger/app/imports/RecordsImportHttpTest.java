package vn.thidua.ledger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.imports.YearImportHttpTest.upload;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.demo.DemoUsers;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.SecretBallots;

/**
 * The sheet Hồ sơ over HTTP: a workbook's records are recorded with the year and then checked by the year's rounds
 * (R5 here), and a record the ledger already holds refuses the workbook whole. Each test's cluster and units are its
 * own (the sample's units plus two of the test's); every figure is illustrative (minh họa).
 */
@HttpTest
class RecordsImportHttpTest {

    private static final String EXCELLENT_COLLECTIVE = "Tập thể lao động xuất sắc";

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandApi api;

    /** The sample's register, plus a unit of the test pledging Tập thể lao động xuất sắc for each id given. */
    private static YearWorkbookTemplate yearWithUnits(String clusterId, List<String> unitIds) {
        YearWorkbookTemplate book = ClusterIv2021Sample.registered(clusterId);
        for (String unitId : unitIds) {
            book.row(YearWorkbook.UNITS, List.of(unitId, "Đơn vị " + unitId + " (minh họa)"));
            book.row(YearWorkbook.PLEDGES, List.of(unitId, unitId, "Đơn vị " + unitId + " (minh họa)", "Tập thể", "10",
                    EXCELLENT_COLLECTIVE, "05/03/2021"));
        }
        return book;
    }

    private static List<String> staffCounts(String unitId, int advanced, int fighters) {
        return List.of(unitId, "2021", YearWorkbook.STAFF_FACT, "", "", "", "10", String.valueOf(advanced),
                String.valueOf(fighters), "10", "");
    }

    private void imported(byte[] workbook) throws Exception {
        String job = mvc.perform(upload("ho-so.xlsx", workbook)).andExpect(status().isAccepted())
                .andReturn().getResponse().getHeader("Location");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get(job)
                        .with(httpBasic(DemoUsers.SECRETARIAT, DemoUsers.passwordOf(DemoUsers.SECRETARIAT))))
                .andExpect(jsonPath("$.status").value("DONE")));
    }

    private String excellentCollectiveRound(String campaignId, String unitId, String councilId) {
        return """
                {"roundId": "%s", "campaignId": "%s", "title": "EXCELLENT_COLLECTIVE", "body": "COUNCIL",
                 "candidateIds": ["%s"], "councilId": "%s"}
                """.formatted(unique("tt"), campaignId, unitId, councilId);
    }

    @Test
    void theImportedRecordsDecideWhichCollectiveMayStandForTheExcellentTitle() throws Exception {
        String clusterId = unique("cum");
        String withoutFighter = unique("vu");
        String qualified = unique("vu");
        imported(yearWithUnits(clusterId, List.of(withoutFighter, qualified))
                .row(YearWorkbook.RECORDS, staffCounts(withoutFighter, 10, 0))
                .row(YearWorkbook.RECORDS, staffCounts(qualified, 8, 1))
                .bytes());
        assertThat(api.events(withoutFighter + "-2021")).singleElement()
                .satisfies(e -> assertThat(e.getString("metaData")).contains("ho-so.xlsx"));

        String campaignId = clusterId + "-2021";
        String councilId = new SecretBallots(api, mvc).council(List.of(unique("hd"), unique("hd")));
        // All ten complete their duties and are Lao động tiên tiến, but none is a Chiến sĩ thi đua cơ sở (R5, v1).
        api.post(SECRETARIAT, "/api/rounds", excellentCollectiveRound(campaignId, withoutFighter, councilId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("COLLECTIVE_CRITERIA_UNMET"))
                .andExpect(jsonPath("$.detail").value(allOf(containsString("R5"), containsString("btp-thidua v1"),
                        containsString("no Chiến sĩ thi đua cơ sở"))));
        // 8 of 10 Lao động tiên tiến (≥ 70%), one Chiến sĩ thi đua cơ sở, all completing their duties.
        api.created(SECRETARIAT, "/api/rounds", excellentCollectiveRound(campaignId, qualified, councilId));
    }

    @Test
    void aRecordTheLedgerAlreadyHoldsRefusesTheWorkbookAndNothingIsRecorded() throws Exception {
        String clusterId = unique("cum");
        String unitId = unique("vu");
        api.created(SECRETARIAT, "/api/records/" + unitId + "/2021/task-completion", "{\"grade\": \"GOOD\"}");
        byte[] workbook = yearWithUnits(clusterId, List.of(unitId))
                .row(YearWorkbook.RECORDS, staffCounts(unitId, 10, 1))
                .bytes();

        mvc.perform(upload("ho-so.xlsx", workbook)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("WORKBOOK_INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].sheet").value("Hồ sơ"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already in the ledger")));
        assertThat(api.events(clusterId)).isEmpty();
        assertThat(api.events(unitId + "-2021")).hasSize(1);
    }

    @Test
    void aWrongRecordRowIsReportedByCellAndNothingIsRecorded() throws Exception {
        String clusterId = unique("cum");
        String unitId = unique("vu");
        byte[] workbook = yearWithUnits(clusterId, List.of(unitId))
                .row(YearWorkbook.RECORDS, staffCounts(unitId, 10, 11))
                .bytes();

        mvc.perform(upload("ho-so.xlsx", workbook)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].sheet").value("Hồ sơ"))
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("I"))
                .andExpect(jsonPath("$.errors[0].header").value("Chiến sĩ thi đua cơ sở"));
        assertThat(api.events(clusterId)).isEmpty();
        assertThat(api.events(unitId + "-2021")).isEmpty();
    }
}
