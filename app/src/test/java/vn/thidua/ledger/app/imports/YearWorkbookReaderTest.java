package vn.thidua.ledger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.app.imports.YearWorkbook.Layout;
import vn.thidua.ledger.command.record.GradeTaskCompletion;
import vn.thidua.ledger.command.record.RecogniseInitiative;
import vn.thidua.ledger.command.record.RecordDiscipline;
import vn.thidua.ledger.command.record.RecordStaffCount;
import vn.thidua.ledger.command.record.RecordTitle;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.TaskCompletionGrade;

class YearWorkbookReaderTest {

    private static List<String> problems(YearWorkbookTemplate book) {
        return YearWorkbookReader.read(book.bytes()).problems().stream()
                .map(p -> p.sheet() + "!" + p.column() + p.row() + " " + p.message()).toList();
    }

    @Test
    void aValidWorkbookReadsAsTheYearItStates() {
        ImportedYear year = YearWorkbookReader.read(ClusterIv2021Sample.workbook().bytes()).year();

        assertThat(year.year()).isEqualTo(2021);
        assertThat(year.opensOn()).hasToString("2021-02-15");
        assertThat(year.units()).extracting(u -> u.name()).contains("Tổng cục Thi hành án dân sự");
        ImportedYear.PledgeLine first = year.pledges().get(0);
        assertThat(first.kind()).isEqualTo(RegistrantKind.UNIT);
        assertThat(first.staffCount()).isEqualTo(3);
        assertThat(first.titles()).containsExactly(Title.EXCELLENT_COLLECTIVE);
        assertThat(first.registeredOn()).hasToString("2021-03-01");
        assertThat(year.pledges().get(1).titles())
                .containsExactly(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER);
        assertThat(year.launchedOn()).hasToString("2021-02-10");
        assertThat(year.results().scores()).hasSize(12).filteredOn(s -> s.appraised() != null).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("minh họa"));
        YearResults.RoundLine round = year.results().rounds().get(0);
        assertThat(round.title()).isEqualTo(Title.SECTOR_EMULATION_FLAG);
        assertThat(round.candidateIds()).containsExactly("tong-cuc-thads", "vu-cvdcxdpl");
        assertThat(round.ballots()).hasSize(4);
        assertThat(year.results().decisions()).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(CommendationKind.PROPOSAL));
        assertThat(year.records()).extracting(ImportedYear.RecordLine::row).containsExactly(2, 3, 4, 5, 6);
        assertThat(year.records()).extracting(ImportedYear.RecordLine::command).containsExactly(
                new RecordStaffCount(new RegistrantId("tong-cuc-thads"), 2021, 3, 3, 1, 3, null),
                new RecordTitle(new RegistrantId("tong-cuc-thads-cc-1"), 2021, Title.ADVANCED_WORKER,
                        "12/QĐ-TCTHADS (minh họa)"),
                new RecogniseInitiative(new RegistrantId("tong-cuc-thads-cc-1"), 2021,
                        "Sổ theo dõi thi hành án điện tử (minh họa)", RecognitionLevel.GRASSROOTS),
                new GradeTaskCompletion(new RegistrantId("tong-cuc-thads-cc-1"), 2021, TaskCompletionGrade.EXCELLENT),
                new RecordDiscipline(new RegistrantId("vu-htqt-cc-2"), 2021, DisciplineLevel.REPRIMAND,
                        "5/QĐ-KL (minh họa)"));
        // form, launch, window; 16 pledges; 5 record facts; 12 scores + 1 adjustment + 4 finalised + published;
        // round 1 + 4 + 1; 1
        assertThat(year.commands()).isEqualTo(3 + 16 + 5 + 18 + 6 + 1);
    }

    @Test
    void aWorkbookWithoutTheRecordsSheetReadsAsAYearWithoutRecords() throws Exception {
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ClusterIv2021Sample.workbook().bytes()));
        book.removeSheetAt(book.getSheetIndex(YearWorkbook.RECORDS.name()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);

        YearWorkbookReader.Result read = YearWorkbookReader.read(out.toByteArray());
        assertThat(read.problems()).isEmpty();
        assertThat(read.year().records()).isEmpty();
        assertThat(read.year().pledges()).hasSize(16);
    }

    @Test
    void everyProblemOfTheRecordsIsReportedByRowAndColumn() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.RECORDS, List.of("nguoi-la", "2021", "Xếp loại", "Hoàn thành tốt nhiệm vụ"))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt-cc-1", "2022", "Sáng kiến", "Mẫu biểu (minh họa)",
                        "Cấp tỉnh"))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt-cc-1", "2021", "Khen thưởng", "Lao động tiên tiến"))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt-cc-1", "2021", "Số cán bộ", "", "", "", "3", "3", "0",
                        "3", ""))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt", "2021", "Số cán bộ", "", "", "", "3", "1", "2", "4",
                        "Phê bình"))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt", "2021", "Danh hiệu", "Lao động tiên tiến", "", "1/QĐ"))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt-cc-1", "2021", "Kỷ luật", "Cảnh cáo", "Cấp Bộ", ""))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt-cc-1", "2020", "Danh hiệu", "Lao động tiên tiến", "",
                        "2/QĐ (minh họa)"))
                .row(YearWorkbook.RECORDS, List.of("vu-htqt-cc-1", "2020", "Danh hiệu", "Lao động tiên tiến", "",
                        "3/QĐ (minh họa)"));

        assertThat(problems(book)).containsExactlyInAnyOrder(
                "Hồ sơ!A7 nguoi-la is on neither the sheet Đơn vị nor the sheet Đăng ký",
                "Hồ sơ!B8 expected a year no later than 2021",
                "Hồ sơ!E8 expected one of: Cấp cơ sở, Cấp Bộ, Toàn quốc",
                "Hồ sơ!C9 one of: Số cán bộ, Kỷ luật, Sáng kiến, Xếp loại, Danh hiệu",
                "Hồ sơ!A10 staff counts are a unit's: vu-htqt-cc-1 is not on the sheet Đơn vị",
                "Hồ sơ!J11 expected a whole number from 0 to the number of staff",
                "Hồ sơ!K11 expected one of: Khiển trách, Cảnh cáo, Hạ bậc lương, Giáng chức, Cách chức, Buộc thôi việc",
                "Hồ sơ!D12 Lao động tiên tiến is not a title for vu-htqt",
                "Hồ sơ!E13 leave it empty for Kỷ luật",
                "Hồ sơ!F13 a name of 1–300 characters",
                "Hồ sơ!15 Danh hiệu of vu-htqt-cc-1 for 2020 is given twice");
    }

    @Test
    void moreGrassrootsFightersThanAdvancedWorkersDoNotAddUp() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.RECORDS, List.of("vu-htqt", "2021", "Số cán bộ", "", "", "", "3", "1", "2", "3"));

        assertThat(problems(book)).containsExactly(
                "Hồ sơ!I7 more Chiến sĩ thi đua cơ sở than Lao động tiên tiến");
    }

    @Test
    void everyProblemIsReportedBySheetRowAndColumnNotJustTheFirst() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.PLEDGES, List.of("vu-khong-co", "ca-nhan-1", "Nguyễn Văn A", "Cá nhân", "",
                                                   "Lao động tiên tiến", "05/03/2021"))
                .row(YearWorkbook.PLEDGES, List.of("vu-htqt", "vu-htqt-cc-9", "Trần Thị B", "Cá nhân", "",
                                                   "Tập thể lao động xuất sắc", "31/02/2021"))
                .row(YearWorkbook.PLEDGES, List.of("vu-htqt", "vu-htqt-cc-1", "Lê Văn C", "Người", "",
                                                   "Danh hiệu lạ", "01/06/2021"))
                .row(YearWorkbook.CRITERIA, List.of("tc 3", "", "Điểm cộng", "-5"));

        assertThat(problems(book)).containsExactlyInAnyOrder(
                "Tiêu chí!A5 an id of 1–64 letters, digits, '.', '_' or '-'",
                "Tiêu chí!B5 a name of 1–300 characters",
                "Tiêu chí!C5 one of: Tiêu chí, Điểm thưởng, Điểm trừ",
                "Tiêu chí!D5 expected a positive number of points (at most 2 decimals)",
                "Đăng ký!A18 unit vu-khong-co is not on the sheet Đơn vị",
                "Đăng ký!F19 Tập thể lao động xuất sắc is not a title for Cá nhân",
                "Đăng ký!G19 expected a date dd/MM/yyyy",
                "Đăng ký!B20 registrant vu-htqt-cc-1 registers twice",
                "Đăng ký!D20 one of: Tập thể, Cá nhân",
                "Đăng ký!F20 unknown title 'Danh hiệu lạ'",
                "Đăng ký!G20 outside the registration window đăng ký từ ngày 2021-02-15 – 2021-03-31");
    }

    @Test
    void aUnitPledgesUnderItsOwnIdWithItsHeadcountAndAnIndividualNeverUnderAUnitsId() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.PLEDGES, List.of("minh-hoa-a", "vu-htqt-2", "Đơn vị A", "Tập thể", "",
                                                   "Tập thể lao động tiên tiến", "01/03/2021"))
                .row(YearWorkbook.PLEDGES, List.of("minh-hoa-a", "tong-cuc-thads", "Tên", "Cá nhân", "4",
                                                   "Lao động tiên tiến", "01/03/2021"));

        assertThat(problems(book)).containsExactlyInAnyOrder(
                "Đăng ký!E18 expected the unit's headcount, a whole number",
                "Đăng ký!B18 a unit registers under its own id (minh-hoa-a)",
                "Đăng ký!E19 only a unit's own pledge gives a headcount",
                "Đăng ký!B19 registrant tong-cuc-thads registers twice",
                "Đăng ký!B19 tong-cuc-thads is a unit's id; an individual needs an id of their own");
    }

    @Test
    void scoresAreCheckedAgainstTheCriteriaAndUnitsAndMustCoverEveryUnit() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.SCORES, List.of("vu-htqt", "tc-1", "61", "", ""))
                .row(YearWorkbook.SCORES, List.of("vu-khong-co", "tc-9", "1", "2", ""))
                .row(YearWorkbook.SCORES, List.of("vu-htqt", "tc-2", "1", "", "lý do không có điểm"));

        assertThat(problems(book)).containsExactlyInAnyOrder(
                "Điểm!B14 vu-htqt is scored twice on tc-1",
                "Điểm!C14 expected points from 0 to 60 (at most 2 decimals)",
                "Điểm!A15 unit vu-khong-co is not on the sheet Đơn vị",
                "Điểm!B15 criterion tc-9 is not on the sheet Tiêu chí",
                "Điểm!E15 every adjustment of a self-assessed score needs a reason",
                "Điểm!B16 vu-htqt is scored twice on tc-2",
                "Điểm!E16 a reason only with an appraised score (column D)");
    }

    @Test
    void aUnitWithoutEveryScoredCriterionBlocksTheRanking() {
        YearWorkbookTemplate partial = ClusterIv2021Sample.workbookWithScores(
                ClusterIv2021Sample.scores().stream().filter(r -> !(r.get(0).equals("vu-htqt") && r.get(1).equals("tc-2")))
                        .toList());

        // No row holds what is missing: the problem is the sheet's (row 0), not its first row's.
        assertThat(problems(partial)).containsExactly(
                "Điểm!0 unit vu-htqt has no score for tc-2: add a row for it; the ranking needs every unit scored on"
                        + " every criterion");
    }

    /** The sample workbook with formulas (without their '=') put in cells of a sheet, e.g. {@code C2 -> 50+8}. */
    private static byte[] withFormulas(Layout layout, Map<String, String> formulas) throws Exception {
        return edited(book -> {
            Sheet sheet = book.getSheet(layout.name());
            formulas.forEach((cell, formula) -> {
                CellReference at = new CellReference(cell);
                sheet.getRow(at.getRow()).getCell(at.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK)
                     .setCellFormula(formula);
            });
        });
    }

    @Test
    void formulasReadAsTheValuesExcelShows() throws Exception {
        // The first score row: vu-htqt's 58 points on tc-1, as a sum, and its id taken from the sheet Đơn vị; beside
        // the sheet's five columns, a working of the secretariat's that the import does not read.
        YearWorkbookReader.Result read = YearWorkbookReader.read(withFormulas(YearWorkbook.SCORES,
                Map.of("A2", "'Đơn vị'!A2", "C2", "SUM(50,8)", "F2", "1/0")));

        assertThat(read.problems()).isEmpty();
        assertThat(read.year().results().scores().get(0)).satisfies(score -> {
            assertThat(score.unitId()).isEqualTo("vu-htqt");
            assertThat(score.selfAssessed()).isEqualByComparingTo("58");
        });
    }

    @Test
    void aFormulaWithoutAValueIsOneProblemAtItsCellAndAFormulaReadingItGivesTheSameError() throws Exception {
        YearWorkbookReader.Result read = YearWorkbookReader.read(withFormulas(YearWorkbook.SCORES,
                Map.of("C2", "1/0", "C3", "WEBSERVICE(\"http://example.org/diem\")", "C4", "C4", "C5", "C2")));

        assertThat(problemsOf(read)).containsExactlyInAnyOrder(
                "Điểm!C2 the formula =1/0 gives #DIV/0!: correct it or type its value",
                "Điểm!C3 the formula =WEBSERVICE(\"http://example.org/diem\") cannot be computed by the import:"
                        + " type its value instead",
                "Điểm!C4 the formula =C4 refers to itself: correct it or type its value",
                "Điểm!C5 the formula =C2 gives #DIV/0!: correct it or type its value");
    }

    @Test
    void anArrayFormulaIsAProblemNotACrash() throws Exception {
        byte[] book = edited(sample -> sample.getSheet(YearWorkbook.SCORES.name())
                .setArrayFormula("SUM(50,8)", CellRangeAddress.valueOf("C2")));

        assertThat(problemsOf(YearWorkbookReader.read(book))).containsExactly("Điểm!C2 the formula =SUM(50,8) is an"
                + " array formula, which the import does not compute: type its values instead");
    }

    @Test
    void aChainOfReferencesTooDeepForTheStackIsAProblemNotACrash() throws Exception {
        // A running count on a working column (F, not read), read by a score: POI follows it recursively.
        byte[] book = edited(sample -> {
            Sheet sheet = sample.getSheet(YearWorkbook.SCORES.name());
            sheet.getRow(1).createCell(5).setCellValue(1);
            for (int r = 2; r < 3_000; r++) {
                Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
                row.createCell(5).setCellFormula("F" + r + "+1");
            }
            sheet.getRow(1).getCell(2).setCellFormula("F3000");
        });
        AtomicReference<List<String>> problems = new AtomicReference<>();
        // a small stack, so that the chain overflows it whatever the JVM's default
        Thread reader = new Thread(null, () -> problems.set(problemsOf(YearWorkbookReader.read(book))), "reader",
                                   256 * 1024);
        reader.start();
        reader.join();

        assertThat(problems.get()).containsExactly(
                "Điểm!C2 the formula =F3000 cannot be computed by the import: type its value instead");
    }

    @Test
    void formulasThatTakeLongerThanTheBudgetStopTheReading() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(withFormulas(YearWorkbook.SCORES,
                Map.of("C2", "SUM(50,8)"))))) {
            List<WorkbookFormulas.Unreadable> unreadable = WorkbookFormulas.replaceByValues(
                    book.getCreationHelper().createFormulaEvaluator(),
                    Map.of(YearWorkbook.SCORES, book.getSheet(YearWorkbook.SCORES.name())), Duration.ZERO);

            assertThat(unreadable).singleElement().satisfies(u -> {
                assertThat(u.cell()).isNull();
                assertThat(u.message()).startsWith("its formulas take more than 0 s to compute");
            });
        }
    }

    private static List<String> problemsOf(YearWorkbookReader.Result read) {
        return read.problems().stream().map(p -> p.sheet() + "!" + p.column() + p.row() + " " + p.message()).toList();
    }

    /** The sample workbook as {@code edit} leaves it. */
    private static byte[] edited(Consumer<XSSFWorkbook> edit) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(ClusterIv2021Sample.workbook().bytes()))) {
            edit.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void roundsVotesAndDecisionsAreCheckedAgainstThePledgesAndEachOther() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.ROUNDS, List.of("dot-2", "Lao động tiên tiến", "vu-htqt", "10/12/2022"))
                .row(YearWorkbook.ROUNDS, List.of("dot-3", "Cờ thi đua ngành Tư pháp", "vu-htqt", "10/12/2021"))
                .row(YearWorkbook.BALLOTS, List.of(ClusterIv2021Sample.ROUND, "vu-htqt", "vu-htqt-cc-1"))
                .row(YearWorkbook.BALLOTS, List.of(ClusterIv2021Sample.ROUND, "tong-cuc-thads", "tong-cuc-thads"))
                .row(YearWorkbook.BALLOTS, List.of("dot-9", "vu-htqt", ""))
                .row(YearWorkbook.DECISIONS, List.of("1/QĐ", "Khen", "01/12/2021", "Người ký",
                                                      ClusterIv2021Sample.ROUND, "vu-htqt"));

        assertThat(problems(book)).containsExactlyInAnyOrder(
                "Bình xét!B3 a collective title voted by the member units, e.g. Cờ thi đua ngành Tư pháp",
                "Bình xét!C3 R1: vu-htqt did not register for Lao động tiên tiến on the sheet Đăng ký",
                "Bình xét!D3 a day of 2021",
                "Bình xét!C4 R1: vu-htqt did not register for Cờ thi đua ngành Tư pháp on the sheet Đăng ký",
                "Phiếu bầu!B6 R9: vu-htqt votes twice in round minh-hoa-cum-iv-2021-co",
                "Phiếu bầu!C6 vu-htqt-cc-1 is not a candidate of round minh-hoa-cum-iv-2021-co",
                "Phiếu bầu!B7 R9: tong-cuc-thads votes twice in round minh-hoa-cum-iv-2021-co",
                "Phiếu bầu!C7 R9: tong-cuc-thads may not vote on the candidacy of its own unit",
                "Phiếu bầu!A8 round dot-9 is not on the sheet Bình xét",
                "Quyết định!B3 one of: Khen thưởng, Tờ trình",
                "Quyết định!C3 signed before round minh-hoa-cum-iv-2021-co was held",
                "Quyết định!F3 vu-htqt is not a candidate of round minh-hoa-cum-iv-2021-co");
    }

    @Test
    void aVoteForACandidateWhoNeverRegisteredIsReportedNotAFailureToRead() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.ROUNDS, List.of("dot-4", "Cờ thi đua ngành Tư pháp", "khong-dang-ky", "10/12/2021"))
                .row(YearWorkbook.BALLOTS, List.of("dot-4", "vu-htqt", "khong-dang-ky"));

        assertThat(problems(book)).containsExactly(
                "Bình xét!C3 R1: khong-dang-ky did not register for Cờ thi đua ngành Tư pháp on the sheet Đăng ký");
    }

    /** A valid cluster id of 64 characters leaves the campaign's id (with "-2021") no room: a cell problem. */
    @Test
    void aClusterIdTooLongForItsCampaignsIdIsAProblemOfItsCell() {
        assertThat(problems(ClusterIv2021Sample.workbook().item(YearWorkbook.CLUSTER_ID, "c".repeat(64))))
                .singleElement().asString().startsWith("Phong trào!B2 a cluster id short enough");
    }

    /** Both ends of the registration window are days of the year (docs/excel-word.md). */
    @Test
    void aRegistrationWindowEndingAfterTheYearIsAProblemOfItsCell() {
        assertThat(problems(ClusterIv2021Sample.workbook().item(YearWorkbook.CLOSES_ON, "15/01/2022")))
                .contains("Phong trào!B7 the registration window must run forward within the year 2021");
    }

    @Test
    void aFileThatIsNotAWorkbookOrLacksASheetIsRefusedWhole() {
        assertThat(YearWorkbookReader.read("not a workbook".getBytes(StandardCharsets.UTF_8)).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).startsWith("not an Excel workbook"));
        // The bare template: every required item of the campaign sheet is named.
        assertThat(problems(new YearWorkbookTemplate())).contains(
                "Phong trào!B2 an id of 1–64 letters, digits, '.', '_' or '-'", "Phong trào!B4 expected a year such as 2021",
                "Phong trào!B6 expected a date dd/MM/yyyy");
    }
}
