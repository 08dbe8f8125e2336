package vn.thidua.ledger.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.DemoYearApi.eventually;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.ledger.app.demo.DemoLoader;
import vn.thidua.ledger.app.demo.DemoUsers;
import vn.thidua.ledger.app.testsupport.DemoYearApi;
import vn.thidua.ledger.app.testsupport.DemoYearTest;
import vn.thidua.ledger.app.testsupport.ViewsCaughtUp;

/**
 * The exports of the demo year over HTTP, read back with POI: the file type and name, the same figures as the JSON
 * reads, Vietnamese text intact, dates dd/MM/yyyy, and the access of the JSON read each renders.
 */
@DemoYearTest
class ExportsHttpTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String RANKING = "/api/public/campaigns/btp-cum-iv-2022/ranking";
    private static final String PLEDGES = "/api/campaigns/btp-cum-iv-2022/pledges.xlsx";
    private static final DataFormatter SHOWN = new DataFormatter();

    @Autowired
    DemoLoader loader;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void yearLoaded() throws Exception {
        DemoYearApi.loaded(loader);
        eventually(() -> mvc.perform(get("/api/public/clusters/btp-cum-iv/years/2022/summary"))
                .andExpect(jsonPath("$.closing.summary").exists()));
        eventually(() -> mvc.perform(get(RANKING)).andExpect(status().isOk()));
        // The script goes on past both (the next year's launch and covenant): the exports compared here read other
        // views, each kept by its own processor, so every one must have reached the head.
        ViewsCaughtUp.await(mvc);
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, DemoUsers.passwordOf(user)));
    }

    @Test
    void thePublishedRankingIsAWorkbookWithTheFiguresOfTheJsonRead() throws Exception {
        MvcResult result = mvc.perform(get(RANKING + ".xlsx")).andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"xep-hang-btp-cum-iv-2022.xlsx\""))
                .andReturn();
        String json = mvc.perform(get(RANKING)).andReturn().getResponse().getContentAsString();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            List<List<String>> rows = table(book.getSheet("Xếp hạng"), "Hạng");
            assertThat(rows).extracting(r -> r.get(1)).containsExactlyElementsOf(
                    JsonPath.<List<String>>read(json, "$.ranking.rows[*].unitId"));
            assertThat(rows.get(0).subList(0, 4)).containsExactly("1", "tong-cuc-thads", "Tổng cục Thi hành án dân sự", "99");
            // The demo's points are invented: the file says so above them, as the JSON and the page do.
            assertThat(book.getSheet("Xếp hạng").getRow(5).getCell(0).getStringCellValue())
                    .startsWith("Số liệu minh họa (điểm, thứ hạng): ");
            assertThat(table(book.getSheet("Điều chỉnh điểm"), "Mã đơn vị")).hasSize(3)
                    .allSatisfy(r -> assertThat(r.get(7)).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}"));
        }
        // The ETag is the published table's, so a client holding the file learns cheaply that it is still current.
        String etag = result.getResponse().getHeader("ETag");
        assertThat(etag).isEqualTo(mvc.perform(get(RANKING)).andReturn().getResponse().getHeader("ETag"));
        mvc.perform(get(RANKING + ".xlsx").header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void anUnpublishedOrUnknownRankingIsAProblemNotAFile() throws Exception {
        mvc.perform(get("/api/public/campaigns/btp-cum-iv-2023/ranking.xlsx")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/public/campaigns/no-such-2022/ranking.xlsx")).andExpect(status().isNotFound());
    }

    @Test
    void theYearSummaryIsAWordDocumentInTheOutlineOfABaoCaoTongKet() throws Exception {
        MvcResult result = mvc.perform(get("/api/public/clusters/btp-cum-iv/years/2022/summary.docx"))
                .andExpect(status().isOk()).andExpect(content().contentType(DOCX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"bao-cao-tong-ket-btp-cum-iv-2022.docx\""))
                .andReturn();

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(p -> p.getText()))
                    .containsExactly("I. ĐẶC ĐIỂM, TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN CÔNG TÁC THI ĐUA, KHEN THƯỞNG",
                                     "III. ĐÁNH GIÁ CHUNG", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023");
            String tables = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
            // The two decisions signed at the conference of 9 December 2022.
            assertThat(tables).contains("MH-01/TTr-CTĐIV\tTờ trình đề nghị khen thưởng\tCờ thi đua ngành Tư pháp\t09/12/2022")
                              .contains("MH-2999/QĐ-BTP\tQuyết định Trưởng Cụm, Phó Trưởng Cụm\t\t09/12/2022");
        }
    }

    @Test
    void thePledgeRegisterShowsIndividualNamesOnlyToThoseWhoMaySeeThem() throws Exception {
        List<List<String>> bySecretariat = register(DemoUsers.SECRETARIAT);
        List<List<String>> byHtqt = register(DemoUsers.REP_HTQT);

        // Six units' own pledges and every civil servant's: 100 % coverage, 16 of 16.
        assertThat(bySecretariat).hasSize(22).allSatisfy(r -> assertThat(r.get(3)).isNotEmpty());
        assertThat(byHtqt).filteredOn(r -> r.get(2).startsWith("vu-htqt-cc-"))
                          .isNotEmpty().allSatisfy(r -> assertThat(r.get(3)).startsWith("Công chức ").endsWith("(minh họa)"));
        assertThat(byHtqt).filteredOn(r -> r.get(2).startsWith("tong-cuc-thads-cc-"))
                          .isNotEmpty().allSatisfy(r -> assertThat(r.get(3)).isEmpty());
        assertThat(bySecretariat).allSatisfy(r -> assertThat(r.get(7)).matches("\\d{2}/\\d{2}/2022"));
    }

    private List<List<String>> register(String user) throws Exception {
        MvcResult result = mvc.perform(as(user, get(PLEDGES))).andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"dang-ky-thi-dua-btp-cum-iv-2022.xlsx\""))
                .andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            return table(book.getSheet("Sổ đăng ký"), "Mã đơn vị");
        }
    }

    @Test
    void theAuditHistoryOfAFilterIsACsvOrAWorkbookWithTheRowsOfTheJsonSearch() throws Exception {
        String filter = "?unit=tong-cuc-thads&order=oldest";
        String json = mvc.perform(as(DemoUsers.AUDITOR, get("/api/audit/events" + filter + "&size=200")))
                .andReturn().getResponse().getContentAsString();
        List<Integer> positions = JsonPath.read(json, "$.items[*].position");

        MvcResult csv = mvc.perform(as(DemoUsers.AUDITOR, get("/api/audit/events.csv" + filter)))
                .andExpect(status().isOk()).andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"nhat-ky-kiem-toan.csv\""))
                .andReturn();
        List<String> lines = new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFVị trí,Thời điểm,Loại sự kiện,Nội dung,Người thực hiện");
        assertThat(lines.subList(1, lines.size())).extracting(l -> Integer.valueOf(l.substring(0, l.indexOf(','))))
                .containsExactlyElementsOf(positions);
        assertThat(lines.get(1).split(",")[1]).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}");

        MvcResult xlsx = mvc.perform(as(DemoUsers.SECRETARIAT, get("/api/audit/events.xlsx" + filter)))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX)).andReturn();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            List<List<String>> rows = table(book.getSheet("Nhật ký"), "Vị trí");
            assertThat(rows).extracting(r -> Integer.valueOf(r.get(0))).containsExactlyElementsOf(positions);
            assertThat(rows).anySatisfy(r -> assertThat(r.get(3)).contains("Tổng cục Thi hành án dân sự"));
        }
    }

    @Test
    void theAuditExportKnowsTwoFormatsAndOnlyAuditorsAndTheSecretariatGetIt() throws Exception {
        mvc.perform(as(DemoUsers.AUDITOR, get("/api/audit/events.pdf"))).andExpect(status().isNotFound());
        mvc.perform(as(DemoUsers.REP_HTQT, get("/api/audit/events.csv"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit/events.xlsx")).andExpect(status().isUnauthorized());
    }

    /** The rows under the header row that starts with {@code firstHeader}, as Excel displays them. */
    private static List<List<String>> table(Sheet sheet, String firstHeader) {
        List<List<String>> rows = new java.util.ArrayList<>();
        boolean under = false;
        for (Row row : sheet) {
            List<String> cells = new java.util.ArrayList<>();
            for (int i = 0; i < Math.max(0, row.getLastCellNum()); i++) {
                cells.add(row.getCell(i) == null ? "" : SHOWN.formatCellValue(row.getCell(i)));
            }
            if (under) {
                rows.add(cells);
            }
            under = under || (!cells.isEmpty() && cells.get(0).equals(firstHeader));
        }
        return rows;
    }
}
