package vn.thidua.ledger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.RegistrantKind;

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
        assertThat(year.commands()).isEqualTo(3 + 16);
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
    void sheetsNotImportedYetMustBeEmptySoNothingIsSilentlyLeftOut() {
        YearWorkbookTemplate book = ClusterIv2021Sample.workbook()
                .row(YearWorkbook.SCORES, List.of("vu-htqt", "tc-1", "55", "", ""));

        assertThat(problems(book)).containsExactly("Điểm!2 this version does not import the sheet Điểm yet: leave it "
                                                   + "empty and record these facts through the API");
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
