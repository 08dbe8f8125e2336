package vn.thidua.ledger.query.audit;

import vn.thidua.ledger.query.export.CsvWriter;
import vn.thidua.ledger.query.export.SheetWriter;
import vn.thidua.ledger.query.export.VietnamDates;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Trích xuất nhật ký kiểm toán (the audit history of a filter) as a workbook or CSV: one row per entry, with the
 * columns an auditor reads (when, what, who, in which role and unit, why, under which rule, about what), the time in
 * Vietnam as {@code dd/MM/yyyy HH:mm:ss}. The payload itself stays in the JSON read.
 */
final class AuditHistoryExport {

    static final String SHEET = "Nhật ký";
    static final List<String> HEADERS = List.of("Vị trí", "Thời điểm", "Loại sự kiện", "Nội dung", "Người thực hiện",
            "Vai trò", "Đơn vị thao tác", "Lý do", "Cụm", "Năm", "Đơn vị liên quan", "Đối tượng", "Căn cứ quy định",
            "Mã yêu cầu");

    private AuditHistoryExport() {
    }

    static byte[] xlsx(List<AuditEntry> entries, List<String> filterLines) {
        try (SheetWriter out = new SheetWriter()) {
            out.sheet(SHEET, "Nhật ký kiểm toán", filterLines, HEADERS.toArray(String[]::new));
            entries.forEach(e -> out.row(values(e, e.timestamp())));
            return out.bytes();
        }
    }

    static byte[] csv(List<AuditEntry> entries) {
        CsvWriter out = new CsvWriter().row(HEADERS);
        entries.forEach(e -> out.row(Arrays.asList(values(e, VietnamDates.dateTime(e.timestamp())))));
        return out.bytes();
    }

    /** The row of an entry; {@code time} is the timestamp as the format writes it (a date cell, or text). */
    private static Object[] values(AuditEntry e, Object time) {
        return new Object[]{e.position(), time, e.type(), e.summary(), e.actor(), String.join(", ", e.roles()),
                e.actingUnitId(), e.reason(), e.clusterId(), e.year(), String.join(", ", e.unitIds()),
                e.aggregateType() == null ? null : e.aggregateType() + " " + e.aggregateId(), rules(e), e.requestId()};
    }

    private static String rules(AuditEntry e) {
        return e.rules().stream().map(r -> r.ruleSetId() + " v" + r.ruleSetVersion() + " " + r.ruleCode()
                                            + (r.legalSource() == null ? "" : " (" + r.legalSource() + ")"))
                .collect(Collectors.joining("; "));
    }
}
