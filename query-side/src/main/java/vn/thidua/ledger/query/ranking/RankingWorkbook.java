package vn.thidua.ledger.query.ranking;

import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.query.export.IllustrativeNotice;
import vn.thidua.ledger.query.export.SheetWriter;
import vn.thidua.ledger.query.ranking.RankingView.Adjustment;
import vn.thidua.ledger.query.ranking.RankingView.CampaignRef;
import vn.thidua.ledger.query.ranking.RankingView.CriterionLine;
import vn.thidua.ledger.query.ranking.RankingView.Illustrative;
import vn.thidua.ledger.query.ranking.RankingView.RankedRow;
import vn.thidua.ledger.query.ranking.RankingView.RankingTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Bảng tổng hợp kết quả chấm điểm, xếp hạng (the ranking with its breakdown) as an xlsx workbook: the ranking with
 * one column per criterion, every criterion line (self-assessed, appraised, counted) and every adjustment with its
 * reason, reviewer and date. The same rows and figures as the JSON read of the same table.
 */
final class RankingWorkbook {

    static final String RANKING_SHEET = "Xếp hạng";
    static final String BREAKDOWN_SHEET = "Chi tiết điểm";
    static final String ADJUSTMENTS_SHEET = "Điều chỉnh điểm";

    private RankingWorkbook() {
    }

    static byte[] of(CampaignRef campaign, RankingTable table, Illustrative illustrative) {
        List<String> lines = heading(campaign, table, illustrative);
        try (SheetWriter out = new SheetWriter()) {
            ranking(out, lines, table);
            out.sheet(BREAKDOWN_SHEET, "Chi tiết điểm theo tiêu chí", lines, "Hạng", "Mã đơn vị", "Tên đơn vị",
                      "Mã tiêu chí", "Tiêu chí", "Loại", "Điểm tối đa", "Tự chấm", "Thẩm định", "Điểm tính");
            for (RankedRow row : table.rows()) {
                for (CriterionLine line : row.breakdown()) {
                    out.row(row.rank(), row.unitId(), row.unitName(), line.criterionId(), line.name(), kind(line.kind()),
                            line.maxPoints(), line.selfAssessed(), line.adjusted(), line.points());
                }
            }
            out.sheet(ADJUSTMENTS_SHEET, "Điều chỉnh điểm khi thẩm định", lines, "Mã đơn vị", "Tên đơn vị",
                      "Tiêu chí", "Điểm trước", "Điểm sau", "Lý do", "Người thẩm định", "Thời điểm");
            for (RankedRow row : table.rows()) {
                for (Adjustment a : row.adjustments()) {
                    out.row(row.unitId(), row.unitName(), a.criterionName(), a.previousPoints(), a.points(), a.reason(),
                            a.reviewer(), a.adjustedAt());
                }
            }
            return out.bytes();
        }
    }

    /** The ranking sheet: rank, unit, total, then the counted points of each criterion in scoring-table order. */
    private static void ranking(SheetWriter out, List<String> lines, RankingTable table) {
        List<CriterionLine> criteria = table.rows().isEmpty() ? List.of() : table.rows().get(0).breakdown();
        List<String> headers = new ArrayList<>(List.of("Hạng", "Mã đơn vị", "Tên đơn vị", "Tổng điểm"));
        criteria.forEach(c -> headers.add(c.name() + " (" + kind(c.kind()).toLowerCase() + ")"));
        headers.add("Đã chốt bảng điểm");
        out.sheet(RANKING_SHEET, "Kết quả chấm điểm, xếp hạng", lines, headers.toArray(String[]::new));
        for (RankedRow row : table.rows()) {
            List<Object> values = new ArrayList<>(List.of(row.rank(), row.unitId(), row.unitName(), row.total()));
            row.breakdown().forEach(line -> values.add(line.points()));
            values.add(row.finalised());
            out.row(values.toArray());
        }
    }

    /** The heading of every sheet; it says so when the figures below are illustrative, as the pages do. */
    private static List<String> heading(CampaignRef campaign, RankingTable table, Illustrative illustrative) {
        List<String> lines = new ArrayList<>();
        lines.add(campaign.clusterName() + " – năm " + campaign.year());
        lines.add(campaign.name());
        lines.add((table.status() == RankingView.Status.PUBLISHED ? "Đã công bố" : "Dự thảo")
                  + "; cách xếp hạng: " + method(table.method()));
        String rule = table.rule() == null ? "" : ", " + table.rule().ruleCode() + " – " + table.rule().legalSource();
        lines.add("Bộ quy tắc " + campaign.ruleSetId() + " phiên bản " + campaign.ruleSetVersion() + rule);
        if (illustrative != null) {
            lines.add(IllustrativeNotice.of(illustrative.figures(), illustrative.note()));
        }
        return lines;
    }

    static String kind(CriterionKind kind) {
        return switch (kind) {
            case SCORED -> "Tiêu chí";
            case BONUS -> "Điểm thưởng";
            case PENALTY -> "Điểm trừ";
        };
    }

    private static String method(RankingMethod method) {
        return switch (method) {
            case STANDARD_COMPETITION -> "đồng hạng rồi bỏ hạng (1, 2, 2, 4)";
            case DENSE -> "đồng hạng liền kề (1, 2, 2, 3)";
        };
    }
}
