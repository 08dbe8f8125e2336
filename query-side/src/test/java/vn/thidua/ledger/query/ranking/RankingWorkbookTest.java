package vn.thidua.ledger.query.ranking;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.IllustrativeFigure;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.common.RuleReference;
import vn.thidua.ledger.query.ranking.RankingView.Adjustment;
import vn.thidua.ledger.query.ranking.RankingView.CampaignRef;
import vn.thidua.ledger.query.ranking.RankingView.CriterionLine;
import vn.thidua.ledger.query.ranking.RankingView.Illustrative;
import vn.thidua.ledger.query.ranking.RankingView.RankedRow;
import vn.thidua.ledger.query.ranking.RankingView.RankingTable;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.query.export.Workbooks.below;
import static vn.thidua.ledger.query.export.Workbooks.read;

/** A published ranking of two of Cluster IV's units (module cluster-iv-2022); the points and criteria are illustrative. */
class RankingWorkbookTest {

    private static final CampaignRef CAMPAIGN = new CampaignRef("btp-cum-iv-2022", "btp-cum-iv", "Cụm thi đua số IV",
            2022, "Phong trào thi đua năm 2022", "btp-thidua", 1);
    private static final RuleReference RULE = new RuleReference("btp-thidua", 1, "RANKING", "Quy chế Cụm (minh họa)");

    private static CriterionLine line(String id, String name, CriterionKind kind, String self, String adjusted,
                                      String points) {
        return new CriterionLine(id, name, kind, new BigDecimal("60"), new BigDecimal(self),
                                 adjusted == null ? null : new BigDecimal(adjusted), new BigDecimal(points));
    }

    private static RankingTable table() {
        RankedRow thads = new RankedRow(1, THADS.id(), THADS.name(), new BigDecimal("92.5"), true,
                List.of(line("tc-1", "Thực hiện nhiệm vụ chuyên môn", CriterionKind.SCORED, "58", "55", "55"),
                        line("thuong", "Sáng kiến được công nhận", CriterionKind.BONUS, "2.5", null, "2.5")),
                // 02:30 UTC on 9 Dec is 09:30 in Hà Nội: the export shows Vietnam time.
                List.of(new Adjustment("tc-1", "Thực hiện nhiệm vụ chuyên môn", new BigDecimal("58"), new BigDecimal("55"),
                        "Thiếu minh chứng (minh họa)", "thu-ky", Instant.parse("2022-12-09T02:30:00Z"))));
        RankedRow htqt = new RankedRow(2, HTQT.id(), HTQT.name(), new BigDecimal("88"), true,
                List.of(line("tc-1", "Thực hiện nhiệm vụ chuyên môn", CriterionKind.SCORED, "50", null, "50"),
                        line("thuong", "Sáng kiến được công nhận", CriterionKind.BONUS, "0", null, "0")),
                List.of());
        return new RankingTable(RankingView.Status.PUBLISHED, RankingMethod.STANDARD_COMPETITION, RULE,
                                List.of(thads, htqt), 57L);
    }

    @Test
    void theRankingSheetHasRankUnitTotalAndThePointsOfEachCriterion() throws IOException {
        try (XSSFWorkbook book = read(RankingWorkbook.of(CAMPAIGN, table(), null))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Xếp hạng");
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Kết quả chấm điểm, xếp hạng");
            assertThat(below(book.getSheet(RankingWorkbook.RANKING_SHEET), "Hạng")).containsExactly(
                    List.of("1", THADS.id(), THADS.name(), "92.5", "55", "2.5", "Có"),
                    List.of("2", HTQT.id(), HTQT.name(), "88", "50", "0", "Có"));
            // Numbers stay numbers, so a reader can add them up in Excel.
            assertThat(book.getSheet(RankingWorkbook.RANKING_SHEET).getRow(7).getCell(3).getNumericCellValue())
                    .isEqualTo(92.5);
        }
    }

    @Test
    void theBreakdownHasSelfAssessedAppraisedAndCountedPointsPerCriterion() throws IOException {
        try (XSSFWorkbook book = read(RankingWorkbook.of(CAMPAIGN, table(), null))) {
            assertThat(below(book.getSheet(RankingWorkbook.BREAKDOWN_SHEET), "Hạng")).first().isEqualTo(
                    List.of("1", THADS.id(), THADS.name(), "tc-1", "Thực hiện nhiệm vụ chuyên môn",
                            "Tiêu chí", "60", "58", "55", "55"));
            assertThat(below(book.getSheet(RankingWorkbook.BREAKDOWN_SHEET), "Hạng")).element(1).isEqualTo(
                    List.of("1", THADS.id(), THADS.name(), "thuong", "Sáng kiến được công nhận",
                            "Điểm thưởng", "60", "2.5", "", "2.5"));
        }
    }

    @Test
    void everyAdjustmentIsListedWithItsReasonReviewerAndVietnameseTime() throws IOException {
        try (XSSFWorkbook book = read(RankingWorkbook.of(CAMPAIGN, table(), null))) {
            assertThat(below(book.getSheet(RankingWorkbook.ADJUSTMENTS_SHEET), "Mã đơn vị")).containsExactly(
                    List.of(THADS.id(), THADS.name(), "Thực hiện nhiệm vụ chuyên môn", "58", "55",
                            "Thiếu minh chứng (minh họa)", "thu-ky", "09/12/2022 09:30:00"));
        }
    }

    @Test
    void illustrativeFiguresAreLabelledMinhHoaInTheHeadingOfEverySheet() throws IOException {
        Illustrative illustrative = new Illustrative(List.of(IllustrativeFigure.SCORES, IllustrativeFigure.RANKING),
                "Bảng điểm minh họa", IllustrativeFigure.LABEL, 12L);
        try (XSSFWorkbook book = read(RankingWorkbook.of(CAMPAIGN, table(), illustrative))) {
            for (String sheet : List.of(RankingWorkbook.RANKING_SHEET, RankingWorkbook.BREAKDOWN_SHEET,
                                        RankingWorkbook.ADJUSTMENTS_SHEET)) {
                assertThat(firstCells(book.getSheet(sheet)))
                        .contains("Số liệu minh họa (điểm, thứ hạng): Bảng điểm minh họa");
            }
            assertThat(below(book.getSheet(RankingWorkbook.RANKING_SHEET), "Hạng")).hasSize(2);
        }
    }

    @Test
    void aRealRankingHasNoIllustrativeLine() throws IOException {
        try (XSSFWorkbook book = read(RankingWorkbook.of(CAMPAIGN, table(), null))) {
            assertThat(firstCells(book.getSheet(RankingWorkbook.RANKING_SHEET)))
                    .noneMatch(text -> text.startsWith("Số liệu minh họa"));
        }
    }

    private static List<String> firstCells(XSSFSheet sheet) {
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING) {
                cells.add(row.getCell(0).getStringCellValue());
            }
        }
        return cells;
    }
}
