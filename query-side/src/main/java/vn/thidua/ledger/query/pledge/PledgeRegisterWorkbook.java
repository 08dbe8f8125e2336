package vn.thidua.ledger.query.pledge;

import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.query.export.SheetWriter;
import vn.thidua.ledger.query.pledge.UnitPledges.Change;
import vn.thidua.ledger.query.pledge.UnitPledges.ChangeKind;
import vn.thidua.ledger.query.pledge.UnitPledges.Registration;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Sổ đăng ký thi đua (the pledge register) as an xlsx workbook: the coverage per unit (the table of the JSON read)
 * and every registration of every unit with its titles, status, dates and history.
 */
final class PledgeRegisterWorkbook {

    static final String COVERAGE_SHEET = "Tổng hợp";
    static final String REGISTER_SHEET = "Sổ đăng ký";

    /**
     * One unit's registrations, in registration order, with the names this reader may see.
     *
     * @param position the newest position among the unit's head and registrations: what versions this part
     */
    record UnitRegister(UnitCoverage unit, List<Registration> registrations, long position) {
    }

    private PledgeRegisterWorkbook() {
    }

    static byte[] of(CampaignPledges campaign, List<UnitRegister> units) {
        List<String> lines = List.of(campaign.campaignName(), "Cụm " + campaign.clusterId() + " – năm " + campaign.year());
        try (SheetWriter out = new SheetWriter()) {
            out.sheet(COVERAGE_SHEET, "Tổng hợp đăng ký thi đua", lines, "Mã đơn vị", "Tên đơn vị", "Số cán bộ",
                      "Số cá nhân đăng ký", "Tỷ lệ (%)", "Danh hiệu tập thể đăng ký");
            for (UnitCoverage unit : campaign.units()) {
                out.row(unit.unitId(), unit.unitName(), unit.coverage().staffCount(),
                        unit.coverage().registeredIndividuals(), unit.coverage().percent(), titles(unit.unitTitles()));
            }
            Coverage all = campaign.coverage();
            out.row("Tổng cộng", null, all.staffCount(), all.registeredIndividuals(), all.percent(), null);
            out.sheet(REGISTER_SHEET, "Sổ đăng ký thi đua", lines, "Mã đơn vị", "Tên đơn vị", "Mã người đăng ký",
                      "Họ tên / tên tập thể", "Đối tượng", "Danh hiệu đăng ký", "Trạng thái", "Ngày đăng ký",
                      "Ngày thay đổi gần nhất", "Lý do rút");
            for (UnitRegister register : units) {
                for (Registration r : register.registrations()) {
                    registration(out, register.unit(), r);
                }
            }
            return out.bytes();
        }
    }

    private static void registration(SheetWriter out, UnitCoverage unit, Registration r) {
        Change first = r.history().isEmpty() ? null : r.history().get(0);
        Change last = r.history().isEmpty() ? null : r.history().get(r.history().size() - 1);
        String withdrawal = last != null && last.kind() == ChangeKind.WITHDRAWN ? last.reason() : null;
        out.row(unit.unitId(), unit.unitName(), r.registrantId(), r.name(),
                r.kind() == RegistrantKind.UNIT ? "Tập thể" : "Cá nhân", titles(r.titles()),
                r.status() == UnitPledges.Status.ACTIVE ? "Đang đăng ký" : "Đã rút",
                first == null ? null : first.on(), last == null || last == first ? null : last.on(), withdrawal);
    }

    private static String titles(List<Title> titles) {
        return titles.stream().map(Title::vietnameseName).collect(Collectors.joining("; "));
    }
}
