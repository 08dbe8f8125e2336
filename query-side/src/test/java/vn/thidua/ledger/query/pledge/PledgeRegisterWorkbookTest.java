package vn.thidua.ledger.query.pledge;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.query.pledge.PledgeRegisterWorkbook.UnitRegister;
import vn.thidua.ledger.query.pledge.UnitPledges.Change;
import vn.thidua.ledger.query.pledge.UnitPledges.ChangeKind;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;
import vn.thidua.ledger.query.pledge.UnitPledges.Status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.query.export.Workbooks.below;
import static vn.thidua.ledger.query.export.Workbooks.read;

/** Vụ HTQT of Cluster IV (module cluster-iv-2022); its headcount, registrations and dates here are illustrative. */
class PledgeRegisterWorkbookTest {

    private static final UnitCoverage COVERAGE = new UnitCoverage(HTQT.id(), HTQT.name(), Coverage.of(1, 2),
                                                              List.of(Title.EXCELLENT_COLLECTIVE));
    private static final CampaignPledges CAMPAIGN = new CampaignPledges("btp-cum-iv-2022", "btp-cum-iv", 2022,
            "Phong trào thi đua năm 2022", Coverage.of(1, 2), List.of(COVERAGE));

    private static byte[] register(List<Registration> registrations) {
        return PledgeRegisterWorkbook.of(CAMPAIGN, List.of(new UnitRegister(COVERAGE, registrations, 9)));
    }

    private static Registration unit() {
        return new Registration(HTQT.id(), HTQT.name(), RegistrantKind.UNIT, List.of(Title.EXCELLENT_COLLECTIVE),
                Status.ACTIVE, List.of(new Change(ChangeKind.REGISTERED, List.of(Title.EXCELLENT_COLLECTIVE), 2, null,
                                                  LocalDate.of(2022, 2, 15))));
    }

    private static Registration withdrawnPerson() {
        return new Registration(HTQT.staffId(2), "Nguyễn Thị Hằng (minh họa)", RegistrantKind.INDIVIDUAL,
                List.of(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER), Status.WITHDRAWN, List.of(
                        new Change(ChangeKind.REGISTERED, List.of(Title.ADVANCED_WORKER), null, null, LocalDate.of(2022, 3, 1)),
                        new Change(ChangeKind.WITHDRAWN, null, null, "Chuyển công tác", LocalDate.of(2022, 6, 30))));
    }

    @Test
    void theCoverageSheetHasEveryUnitAndTheTotal() throws IOException {
        try (XSSFWorkbook book = read(register(List.of(unit())))) {
            assertThat(below(book.getSheet(PledgeRegisterWorkbook.COVERAGE_SHEET), "Mã đơn vị")).containsExactly(
                    List.of(HTQT.id(), HTQT.name(), "2", "1", "50", "Tập thể lao động xuất sắc"),
                    List.of("Tổng cộng", "", "2", "1", "50"));
        }
    }

    @Test
    void theRegisterListsEveryRegistrationWithTitlesStatusAndDatesAsDdMmYyyy() throws IOException {
        try (XSSFWorkbook book = read(register(List.of(unit(), withdrawnPerson())))) {
            assertThat(below(book.getSheet(PledgeRegisterWorkbook.REGISTER_SHEET), "Mã đơn vị")).containsExactly(
                    List.of(HTQT.id(), HTQT.name(), HTQT.id(), HTQT.name(), "Tập thể",
                            "Tập thể lao động xuất sắc", "Đang đăng ký", "15/02/2022"),
                    List.of(HTQT.id(), HTQT.name(), HTQT.staffId(2), "Nguyễn Thị Hằng (minh họa)", "Cá nhân",
                            "Lao động tiên tiến; Chiến sĩ thi đua cơ sở", "Đã rút", "01/03/2022", "30/06/2022",
                            "Chuyển công tác"));
        }
    }

    @Test
    void aNameTheReaderMayNotSeeIsLeftEmpty() throws IOException {
        try (XSSFWorkbook book = read(register(List.of(withdrawnPerson().withoutIndividualName())))) {
            assertThat(below(book.getSheet(PledgeRegisterWorkbook.REGISTER_SHEET), "Mã đơn vị").get(0).get(3)).isEmpty();
        }
    }
}
