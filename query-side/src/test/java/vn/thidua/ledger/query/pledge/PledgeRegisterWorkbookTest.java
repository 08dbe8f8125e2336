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
import static vn.thidua.ledger.query.export.Workbooks.below;
import static vn.thidua.ledger.query.export.Workbooks.read;

class PledgeRegisterWorkbookTest {

    private static final UnitCoverage HTQT = new UnitCoverage("vu-htqt", "Vụ Hợp tác quốc tế", Coverage.of(1, 2),
                                                              List.of(Title.EXCELLENT_COLLECTIVE));
    private static final CampaignPledges CAMPAIGN = new CampaignPledges("btp-cum-iv-2022", "btp-cum-iv", 2022,
            "Phong trào thi đua năm 2022", Coverage.of(1, 2), List.of(HTQT));

    private static byte[] register(List<Registration> registrations) {
        return PledgeRegisterWorkbook.of(CAMPAIGN, List.of(new UnitRegister(HTQT, registrations, 9)));
    }

    private static Registration unit() {
        return new Registration("vu-htqt", "Vụ Hợp tác quốc tế", RegistrantKind.UNIT, List.of(Title.EXCELLENT_COLLECTIVE),
                Status.ACTIVE, List.of(new Change(ChangeKind.REGISTERED, List.of(Title.EXCELLENT_COLLECTIVE), 2, null,
                                                  LocalDate.of(2022, 2, 15))));
    }

    private static Registration withdrawnPerson() {
        return new Registration("vu-htqt-cc-2", "Nguyễn Thị Hằng (minh họa)", RegistrantKind.INDIVIDUAL,
                List.of(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER), Status.WITHDRAWN, List.of(
                        new Change(ChangeKind.REGISTERED, List.of(Title.ADVANCED_WORKER), null, null, LocalDate.of(2022, 3, 1)),
                        new Change(ChangeKind.WITHDRAWN, null, null, "Chuyển công tác", LocalDate.of(2022, 6, 30))));
    }

    @Test
    void theCoverageSheetHasEveryUnitAndTheTotal() throws IOException {
        try (XSSFWorkbook book = read(register(List.of(unit())))) {
            assertThat(below(book.getSheet(PledgeRegisterWorkbook.COVERAGE_SHEET), "Mã đơn vị")).containsExactly(
                    List.of("vu-htqt", "Vụ Hợp tác quốc tế", "2", "1", "50", "Tập thể lao động xuất sắc"),
                    List.of("Tổng cộng", "", "2", "1", "50"));
        }
    }

    @Test
    void theRegisterListsEveryRegistrationWithTitlesStatusAndDatesAsDdMmYyyy() throws IOException {
        try (XSSFWorkbook book = read(register(List.of(unit(), withdrawnPerson())))) {
            assertThat(below(book.getSheet(PledgeRegisterWorkbook.REGISTER_SHEET), "Mã đơn vị")).containsExactly(
                    List.of("vu-htqt", "Vụ Hợp tác quốc tế", "vu-htqt", "Vụ Hợp tác quốc tế", "Tập thể",
                            "Tập thể lao động xuất sắc", "Đang đăng ký", "15/02/2022"),
                    List.of("vu-htqt", "Vụ Hợp tác quốc tế", "vu-htqt-cc-2", "Nguyễn Thị Hằng (minh họa)", "Cá nhân",
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
