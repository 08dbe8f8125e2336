package vn.thidua.ledger.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.DemoYearApi.eventually;

import java.io.ByteArrayInputStream;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.demo.DemoLoader;
import vn.thidua.ledger.app.demo.DemoUsers;
import vn.thidua.ledger.app.testsupport.DemoYearApi;
import vn.thidua.ledger.app.testsupport.DemoYearTest;
import vn.thidua.ledger.app.testsupport.ViewsCaughtUp;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * Invented facts keep the "minh họa" label everywhere they are shown: on the demo year, the year summary (JSON and
 * Word) and the what-ifs label the invented points, order and tallies as the ranking and round reads do, and every
 * invented decision number is visibly fictitious (MH-) wherever a decision is named.
 */
@DemoYearTest
class IllustrativeLabelsHttpTest {

    private static final String SUMMARY = "/api/public/clusters/btp-cum-iv/years/2022/summary";
    private static final String FLAG_ROUND = Conference2022.FLAG_ROUND.value();

    @Autowired
    DemoLoader loader;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void yearLoaded() throws Exception {
        DemoYearApi.loaded(loader);
        eventually(() -> mvc.perform(get(SUMMARY)).andExpect(jsonPath("$.closing.summary").exists()));
        // The script goes on past the summary's closing, and the ranking and round read below are other views.
        ViewsCaughtUp.await(mvc);
    }

    @Test
    void theYearSummaryLabelsTheInventedPointsOrderAndTalliesMinhHoa() throws Exception {
        mvc.perform(get(SUMMARY)).andExpect(status().isOk())
                .andExpect(jsonPath("$.illustrative.label").value("minh họa"))
                .andExpect(jsonPath("$.illustrative.figures[0]").value("SCORES"))
                .andExpect(jsonPath("$.illustrative.figures[1]").value("RANKING"))
                .andExpect(jsonPath("$.illustrative.note").value(Conference2022.ILLUSTRATIVE_FIGURES_NOTE))
                .andExpect(jsonPath("$.rounds[?(@.roundId == '" + FLAG_ROUND + "')].illustrative.label")
                        .value("minh họa"))
                .andExpect(jsonPath("$.rounds[?(@.roundId == '" + FLAG_ROUND + "')].illustrative.note")
                        .value(Conference2022.ILLUSTRATIVE_TALLIES_NOTE));
        // The same labels as the ranking and the round the summary repeats.
        mvc.perform(get("/api/public/campaigns/btp-cum-iv-2022/ranking"))
                .andExpect(jsonPath("$.illustrative.note").value(Conference2022.ILLUSTRATIVE_FIGURES_NOTE));
        mvc.perform(get("/api/public/rounds/" + FLAG_ROUND))
                .andExpect(jsonPath("$.illustrative.note").value(Conference2022.ILLUSTRATIVE_TALLIES_NOTE));
    }

    @Test
    void whatIfsRecomputedFromInventedFiguresCarryTheirLabel() throws Exception {
        mvc.perform(get("/api/campaigns/btp-cum-iv-2022/ranking/what-if?ruleSet=btp-thidua&version=1")
                        .with(httpBasic(DemoUsers.AUDITOR, DemoUsers.passwordOf(DemoUsers.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.illustrative.label").value("minh họa"))
                .andExpect(jsonPath("$.illustrative.note").value(Conference2022.ILLUSTRATIVE_FIGURES_NOTE));
        mvc.perform(get("/api/rounds/" + FLAG_ROUND + "/what-if?ruleSet=btp-thidua&version=1")
                        .with(httpBasic(DemoUsers.AUDITOR, DemoUsers.passwordOf(DemoUsers.AUDITOR))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.illustrative.label").value("minh họa"))
                .andExpect(jsonPath("$.illustrative.note").value(Conference2022.ILLUSTRATIVE_TALLIES_NOTE));
    }

    @Test
    void theSummaryDocumentSaysSoAboveTheRankingInItsHeadersAndOnTheRoundsWinners() throws Exception {
        try (XWPFDocument doc = summaryDocument()) {
            List<String> paragraphs = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            List<String> rankingHeaders = doc.getTables().stream().map(t -> t.getRow(0))
                    .filter(r -> r.getCell(0).getText().startsWith("Hạng")).findFirst().orElseThrow()
                    .getTableCells().stream().map(c -> c.getText()).toList();

            assertThat(paragraphs).contains("Số liệu minh họa (điểm, thứ hạng): " + Conference2022.ILLUSTRATIVE_FIGURES_NOTE)
                    .anyMatch(p -> p.startsWith("Đơn vị dẫn đầu (minh họa): "))
                    .anyMatch(p -> p.startsWith("Cờ thi đua ngành Tư pháp (") && p.endsWith(
                            "(số phiếu minh họa: " + Conference2022.ILLUSTRATIVE_TALLIES_NOTE + ")."));
            assertThat(rankingHeaders).containsExactly("Hạng (minh họa)", "Đơn vị", "Tổng điểm (minh họa)");
        }
    }

    @Test
    void everyInventedDecisionNumberIsShownAsFictitiousWhereverADecisionIsNamed() throws Exception {
        String summary = mvc.perform(get(SUMMARY)).andReturn().getResponse().getContentAsString();
        String cluster = mvc.perform(get("/api/public/clusters/btp-cum-iv")).andReturn().getResponse().getContentAsString();
        List<String> numbers = JsonPath.read(summary, "$..decisionNumber");
        numbers.addAll(JsonPath.read(cluster, "$..decisionNumber"));

        assertThat(numbers).hasSizeGreaterThanOrEqualTo(5).allSatisfy(n -> assertThat(n).startsWith("MH-"));
        try (XWPFDocument doc = summaryDocument()) {
            XWPFTable decisions = doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals("Số"))
                    .findFirst().orElseThrow();
            assertThat(decisions.getRows().subList(1, decisions.getRows().size())).isNotEmpty()
                    .extracting((XWPFTableRow row) -> row.getCell(0).getText()).allSatisfy(n -> assertThat(n).startsWith("MH-"));
            assertThat(doc.getParagraphs()).extracting(XWPFParagraph::getText)
                    .filteredOn(p -> p.contains("(quyết định ")).isNotEmpty().allSatisfy(p -> assertThat(p).contains("(quyết định MH-"));
        }
    }

    private XWPFDocument summaryDocument() throws Exception {
        byte[] bytes = mvc.perform(get(SUMMARY + ".docx")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        return new XWPFDocument(new ByteArrayInputStream(bytes));
    }
}
