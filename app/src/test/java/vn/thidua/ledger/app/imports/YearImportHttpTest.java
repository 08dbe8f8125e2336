package vn.thidua.ledger.app.imports;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoDatabase;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import vn.thidua.ledger.app.demo.DemoUsers;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.events.record.DisciplineRecorded;
import vn.thidua.ledger.events.record.StaffCountRecorded;

/** The import over HTTP: the template, a refused workbook that records nothing, and the sample year imported. */
@HttpTest
class YearImportHttpTest {

    private static final String XLSX = ImportController.XLSX;
    private static final String FILE_NAME = "cum-iv-2021-minh-hoa.xlsx";
    /**
     * form, launch, window; 16 pledges; 5 record facts; 12 scores, 1 adjustment, 4 scorecards, the ranking; a round
     * of 4 votes; 1.
     */
    private static final int COMMANDS = 3 + 16 + 5 + 18 + 6 + 1;

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoDatabase database;

    static RequestBuilder upload(String fileName, byte[] bytes) {
        return multipart("/api/imports").file(new MockMultipartFile("file", fileName, XLSX, bytes))
                .with(httpBasic(DemoUsers.SECRETARIAT, DemoUsers.passwordOf(DemoUsers.SECRETARIAT)));
    }

    private List<? extends DomainEventMessage<?>> events(String aggregateId) {
        // From sequence 0: the events themselves, never a snapshot in their place.
        return eventStore.readEvents(aggregateId, 0).asStream().toList();
    }

    @Test
    void theTemplateHasEverySheetWithItsHeaders() throws Exception {
        byte[] bytes = mvc.perform(get("/api/imports/template.xlsx")
                        .with(httpBasic(DemoUsers.SECRETARIAT, DemoUsers.passwordOf(DemoUsers.SECRETARIAT))))
                .andExpect(status().isOk()).andExpect(content().contentType(XLSX))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"mau-nhap-nam-thi-dua.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(book.sheetIterator()).toIterable().extracting(s -> s.getSheetName()).containsExactly(
                    "Phong trào", "Tiêu chí", "Đơn vị", "Đăng ký", "Điểm", "Hồ sơ", "Bình xét", "Phiếu bầu",
                    "Quyết định");
            assertThat(book.getSheet("Hồ sơ").getRow(0).getCell(6).getStringCellValue()).isEqualTo("Số CC, VC, NLĐ");
            assertThat(book.getSheet("Đăng ký").getRow(0).getCell(6).getStringCellValue()).isEqualTo("Ngày đăng ký");
        }
    }

    @Test
    void aWorkbookWithProblemsIsRefusedWholeWithEveryProblemAndNothingIsRecorded() throws Exception {
        byte[] bad = ClusterIv2021Sample.workbook().item(YearWorkbook.CLUSTER_ID, "import-refused-cum")
                .row(YearWorkbook.PLEDGES, List.of("vu-x", "cc-x", "Tên", "Cá nhân", "", "Lao động tiên tiến", "1/3/2021"))
                .bytes();

        mvc.perform(upload("sai.xlsx", bad)).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("WORKBOOK_INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].sheet").value("Đăng ký"))
                .andExpect(jsonPath("$.errors[0].row").value(18))
                .andExpect(jsonPath("$.errors[0].column").value("A"))
                .andExpect(jsonPath("$.errors[0].header").value("Mã đơn vị"))
                .andExpect(jsonPath("$.errors[1].column").value("G"));
        assertThat(events("import-refused-cum")).isEmpty();
        assertThat(events("import-refused-cum-2021")).isEmpty();
    }

    /**
     * The campaign's id ({@code <cluster>-<year>}) taken by another kind of record: found before anything is
     * recorded, not by the import's first commands failing after the cluster was formed.
     */
    @Test
    void aCampaignIdTheLedgerUsesForAnotherRecordIsRefusedAndNothingIsRecorded() throws Exception {
        mvc.perform(post("/api/records/import-taken-cum/2021/task-completion").contentType("application/json")
                        .content("{\"grade\": \"GOOD\"}")
                        .with(httpBasic(DemoUsers.SECRETARIAT, DemoUsers.passwordOf(DemoUsers.SECRETARIAT))))
                .andExpect(status().isCreated());

        mvc.perform(upload("trung-ma.xlsx", ClusterIv2021Sample.registered("import-taken-cum").bytes()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("WORKBOOK_INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].sheet").value("Phong trào"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("import-taken-cum-2021")));
        assertThat(events("import-taken-cum")).isEmpty();
    }

    /** A registration window that ends in the next year, and a decision dated in a year of five digits. */
    @Test
    void datesOutsideTheYearOrTheCalendarAreProblemsOfTheirCells() throws Exception {
        byte[] bad = ClusterIv2021Sample.workbook().item(YearWorkbook.CLUSTER_ID, "import-dates-cum")
                .item(YearWorkbook.CLOSES_ON, "15/01/2022")
                .row(YearWorkbook.DECISIONS, List.of("1/QĐ-X (minh họa)", "Tờ trình", "01/01/10000",
                                                     "Trưởng Cụm thi đua số IV (minh họa)",
                                                     ClusterIv2021Sample.ROUND, "tong-cuc-thads"))
                .bytes();

        mvc.perform(upload("ngay.xlsx", bad)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("WORKBOOK_INVALID"))
                .andExpect(jsonPath("$.errors[*].sheet").value(hasItems("Phong trào", "Quyết định")));
        assertThat(events("import-dates-cum")).isEmpty();
    }

    @Test
    void aRowTheAggregatesWouldRefuseIsFoundByTheRehearsalAndNothingIsRecorded() throws Exception {
        // The reader cannot know that the year's rule set has no member units' vote for this title; the ledger does.
        byte[] refused = ClusterIv2021Sample.workbook().item(YearWorkbook.CLUSTER_ID, "import-rehearsed-cum")
                .row(YearWorkbook.ROUNDS, List.of("import-rehearsed-dot", "Tập thể lao động xuất sắc", "vu-htqt",
                                                  "10/12/2021"))
                .bytes();

        mvc.perform(upload("dien-tap.xlsx", refused)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("WORKBOOK_INVALID"))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].sheet").value("Bình xét"))
                .andExpect(jsonPath("$.errors[0].row").value(3))
                .andExpect(jsonPath("$.errors[0].code").value("VOTING_RULE_NOT_FOUND"));
        assertThat(events("import-rehearsed-cum")).isEmpty();
        assertThat(events("import-rehearsed-cum-2021")).isEmpty();
        assertThat(events("import-rehearsed-dot")).isEmpty();
    }

    @Test
    void theSampleYearIsRecordedAsTheApisEventsStampedWithTheWorkbook() throws Exception {
        byte[] sample = ClusterIv2021Sample.fileBytes();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(sample));
        String job = mvc.perform(upload(FILE_NAME, sample)).andExpect(status().isAccepted())
                .andExpect(jsonPath("$.total").value(COMMANDS)).andExpect(jsonPath("$.sha256").value(sha256))
                .andReturn().getResponse().getHeader("Location");

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> mvc.perform(get(job)
                        .with(httpBasic(DemoUsers.SECRETARIAT, DemoUsers.passwordOf(DemoUsers.SECRETARIAT))))
                .andExpect(jsonPath("$.status").value("DONE")).andExpect(jsonPath("$.done").value(COMMANDS)));

        List<? extends DomainEventMessage<?>> campaign = events(ClusterIv2021Sample.CLUSTER + "-2021");
        assertThat(events(ClusterIv2021Sample.CLUSTER)).hasSize(1);
        // launch, window, 16 pledges, 12 scores, 1 adjustment, 4 scorecards, the ranking
        assertThat(campaign).hasSize(2 + 16 + 12 + 1 + 4 + 1);
        assertThat(campaign).allSatisfy(e -> {
            assertThat(e.getMetaData().get(MetaDataKeys.PRINCIPAL)).isEqualTo(DemoUsers.SECRETARIAT);
            assertThat(e.getMetaData().get(MetaDataKeys.REASON)).isEqualTo("Nhập từ sổ Excel " + FILE_NAME);
            assertThat(e.getMetaData().get(MetaDataKeys.SOURCE_FILE)).isEqualTo(FILE_NAME);
            assertThat(e.getMetaData().get(MetaDataKeys.SOURCE_SHA256)).isEqualTo(sha256);
        });
        // Dated from the workbook: the form's date, not the day of the import.
        assertThat(campaign.stream().map(e -> e.getPayload()).filter(PledgeRegistered.class::isInstance)
                           .map(p -> ((PledgeRegistered) p).registeredOn().toString()))
                .hasSize(16).contains("2021-03-01", "2021-03-11").allMatch(d -> d.startsWith("2021-03"));
        assertThat(((CampaignLaunched) campaign.get(0).getPayload()).launchedOn()).hasToString("2021-02-10");
        List<? extends DomainEventMessage<?>> round = events(ClusterIv2021Sample.ROUND);
        assertThat(round).hasSize(1 + 4 + 1).allSatisfy(e -> assertThat(e.getMetaData().get(MetaDataKeys.SOURCE_SHA256))
                .isEqualTo(sha256));
        assertThat(((NominationRoundOpened) round.get(0).getPayload()).openedOn()).hasToString("2021-12-10");
        assertThat(((WrittenVoteRecorded) round.get(1).getPayload()).receivedOn()).hasToString("2021-12-10");
        assertThat(((NominationRoundClosed) round.get(5).getPayload()).closedOn()).hasToString("2021-12-10");

        // The records, before the round, stamped like every fact of the workbook.
        assertThat(events("tong-cuc-thads-2021")).singleElement().satisfies(e -> {
            assertThat(e.getPayload()).isInstanceOf(StaffCountRecorded.class);
            assertThat(e.getMetaData().get(MetaDataKeys.SOURCE_SHA256)).isEqualTo(sha256);
        });
        assertThat(events("tong-cuc-thads-cc-1-2021")).hasSize(3);
        assertThat(events("vu-htqt-cc-2-2021")).singleElement()
                .satisfies(e -> assertThat(e.getPayload()).isInstanceOf(DisciplineRecorded.class));

        // The views show the year as the API would have recorded it.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            mvc.perform(get("/api/public/campaigns/" + ClusterIv2021Sample.CLUSTER + "-2021/ranking"))
               .andExpect(status().isOk())
               .andExpect(jsonPath("$.ranking.rows[*].unitId",
                                   contains("tong-cuc-thads", "vu-cvdcxdpl", "vu-htqt", "minh-hoa-a")));
            mvc.perform(get("/api/public/rounds/" + ClusterIv2021Sample.ROUND))
               .andExpect(jsonPath("$.status").value("CLOSED"))
               .andExpect(jsonPath("$.result.winners[*].registrantId",
                                   containsInAnyOrder(ClusterIv2021Sample.FLAG_CANDIDATES.toArray())));
            mvc.perform(get("/api/public/clusters/" + ClusterIv2021Sample.CLUSTER + "/years/2021/decisions"))
               .andExpect(jsonPath("$[*].decisionNumber", contains(ClusterIv2021Sample.PROPOSAL_NUMBER)))
               .andExpect(jsonPath("$[0].kind").value("PROPOSAL"));
        });

        // A second upload of the same year is refused before anything is sent: the cluster is in the ledger now.
        String refused = mvc.perform(upload(FILE_NAME, sample)).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<List<String>>read(refused, "$.errors[*].message")).hasSize(6)
                .allMatch(message -> message.contains("already in the ledger"));
        // The records', the round's and the decision's ids too: the rehearsal starts from an empty store and would
        // not see them (three records: the unit's, and two people's).
        assertThat(JsonPath.<List<String>>read(refused, "$.errors[*].sheet"))
                .containsExactly("Phong trào", "Hồ sơ", "Hồ sơ", "Hồ sơ", "Bình xét", "Quyết định");
    }

    @Test
    void progressIsReadableFromAnotherNodeAndAfterARestart() {
        ImportJobs here = new ImportJobs(database);
        ImportJobs elsewhere = new ImportJobs(database);
        Instant started = Instant.parse("2026-11-30T01:00:00Z");
        here.put(new ImportJob("import-progress-1", "nam.xlsx", "ab12", "thu-ky", ImportJob.Status.RUNNING, 500, 0,
                               started, null, null));
        for (int i = 0; i < ImportJobs.WRITE_EVERY + 3; i++) {
            here.update("import-progress-1", job -> job.progressed(1));
        }
        // Written every WRITE_EVERY facts: another node sees the count as of the last write.
        assertThat(elsewhere.find("import-progress-1")).get().satisfies(job -> {
            assertThat(job.status()).isEqualTo(ImportJob.Status.RUNNING);
            assertThat(job.done()).isEqualTo(ImportJobs.WRITE_EVERY);
            assertThat(job.startedAt()).isEqualTo(started);
        });
        // A transcription of many pledges passes a multiple of WRITE_EVERY without landing on it: written all the same.
        here.update("import-progress-1", job -> job.progressed(ImportJobs.WRITE_EVERY));
        assertThat(elsewhere.find("import-progress-1")).get()
                .satisfies(job -> assertThat(job.done()).isEqualTo(2 * ImportJobs.WRITE_EVERY + 3));

        ImportJob.Failure failure = new ImportJob.Failure("Điểm", 14, "SCORE_OUT_OF_RANGE", "points must be …");
        here.update("import-progress-1", job -> job.failed(started.plusSeconds(9), failure));
        assertThat(elsewhere.find("import-progress-1")).get().satisfies(job -> {
            assertThat(job.status()).isEqualTo(ImportJob.Status.FAILED);
            assertThat(job.done()).isEqualTo(2 * ImportJobs.WRITE_EVERY + 3);
            assertThat(job.failure()).isEqualTo(failure);
            assertThat(job.finishedAt()).isEqualTo(started.plusSeconds(9));
        });
        assertThat(elsewhere.find("no-such-import")).isEmpty();
    }

    @Test
    void anUnknownImportIsNotFound() throws Exception {
        mvc.perform(get("/api/imports/no-such-import")
                        .with(httpBasic(DemoUsers.SECRETARIAT, DemoUsers.passwordOf(DemoUsers.SECRETARIAT))))
                .andExpect(status().isNotFound());
    }
}
