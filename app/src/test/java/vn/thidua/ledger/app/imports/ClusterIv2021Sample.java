package vn.thidua.ledger.app.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample workbook {@code docs/samples/cum-iv-2021-minh-hoa.xlsx}: Cluster IV's 2021 as an illustration (every
 * name, date and number labelled "minh họa"), written by this program so that the binary in docs has a readable
 * source. Regenerate it with {@code SampleWorkbookTest} and {@code -Dsample.write=true} (docs/excel-word.md).
 */
final class ClusterIv2021Sample {

    static final Path FILE = Path.of("..", "docs", "samples", "cum-iv-2021-minh-hoa.xlsx");
    static final String CLUSTER = "minh-hoa-cum-iv";
    static final List<List<String>> UNITS = List.of(
            List.of("vu-htqt", "Vụ Hợp tác quốc tế"),
            List.of("tong-cuc-thads", "Tổng cục Thi hành án dân sự"),
            List.of("vu-cvdcxdpl", "Vụ Các vấn đề chung về xây dựng pháp luật"),
            List.of("minh-hoa-a", "Đơn vị thành viên A (minh họa)"));
    static final int STAFF_PER_UNIT = 3;
    /** The two units proposed for the sector's flag, as in the seed's 2022 (here an illustration for 2021). */
    static final List<String> FLAG_CANDIDATES = List.of("tong-cuc-thads", "vu-cvdcxdpl");
    static final String ROUND = "minh-hoa-cum-iv-2021-co";
    static final String PROPOSAL_NUMBER = "99/TTr-CumIV (minh họa)";

    private ClusterIv2021Sample() {
    }

    static YearWorkbookTemplate workbook() {
        return workbookWithScores(scores());
    }

    /** The sample with other rows on the sheet Điểm (to test what the reader says of them). */
    static YearWorkbookTemplate workbookWithScores(List<List<String>> scores) {
        YearWorkbookTemplate book = registered(CLUSTER);
        scores.forEach(row -> book.row(YearWorkbook.SCORES, row));
        records().forEach(row -> book.row(YearWorkbook.RECORDS, row));
        book.row(YearWorkbook.ROUNDS, List.of(ROUND, "Cờ thi đua ngành Tư pháp", String.join("; ", FLAG_CANDIDATES),
                                               "10/12/2021"));
        // An open vote of the member units (R8): nobody approves its own unit; both candidates get 3 of 4.
        book.row(YearWorkbook.BALLOTS, List.of(ROUND, "vu-htqt", "tong-cuc-thads; vu-cvdcxdpl"));
        book.row(YearWorkbook.BALLOTS, List.of(ROUND, "tong-cuc-thads", "vu-cvdcxdpl"));
        book.row(YearWorkbook.BALLOTS, List.of(ROUND, "vu-cvdcxdpl", "tong-cuc-thads"));
        book.row(YearWorkbook.BALLOTS, List.of(ROUND, "minh-hoa-a", "tong-cuc-thads; vu-cvdcxdpl"));
        book.row(YearWorkbook.DECISIONS, List.of(PROPOSAL_NUMBER, "Tờ trình", "15/12/2021",
                                                  "Trưởng Cụm thi đua số IV (minh họa)", ROUND,
                                                  String.join("; ", FLAG_CANDIDATES)));
        return book;
    }

    /**
     * The sample's year up to its register (campaign, criteria, units, pledges) under another cluster id: a year of
     * its own for a test, with no round or decision number that another import could already have taken.
     */
    static YearWorkbookTemplate registered(String clusterId) {
        YearWorkbookTemplate book = new YearWorkbookTemplate()
                .item(YearWorkbook.CLUSTER_ID, clusterId)
                .item(YearWorkbook.CLUSTER_NAME, "Cụm thi đua số IV (minh họa)")
                .item(YearWorkbook.YEAR, "2021")
                .item(YearWorkbook.CAMPAIGN_NAME, "Phong trào thi đua năm 2021 (minh họa)")
                .item(YearWorkbook.OPENS_ON, "15/02/2021")
                .item(YearWorkbook.CLOSES_ON, "31/03/2021")
                .item(YearWorkbook.LAUNCHED_ON, "10/02/2021")
                .row(YearWorkbook.CRITERIA, List.of("tc-1", "Thực hiện nhiệm vụ chuyên môn (minh họa)", "Tiêu chí", "60"))
                .row(YearWorkbook.CRITERIA, List.of("tc-2", "Công tác thi đua, khen thưởng (minh họa)", "Tiêu chí", "30"))
                .row(YearWorkbook.CRITERIA, List.of("thuong", "Sáng kiến được công nhận (minh họa)", "Điểm thưởng", "10"));
        UNITS.forEach(unit -> book.row(YearWorkbook.UNITS, unit));
        pledges().forEach(row -> book.row(YearWorkbook.PLEDGES, row));
        return book;
    }

    /**
     * One row of each fact on the sheet Hồ sơ: the Tổng cục's counts (all 3 Lao động tiên tiến, one Chiến sĩ thi đua
     * cơ sở, all completing their duties, which meets R5 for Tập thể lao động xuất sắc), its first civil servant's
     * title, initiative and grade, and a reprimand at Vụ Hợp tác quốc tế. Every figure and number is illustrative.
     */
    static List<List<String>> records() {
        return List.of(
                List.of("tong-cuc-thads", "2021", "Số cán bộ", "", "", "", "3", "3", "1", "3", ""),
                List.of("tong-cuc-thads-cc-1", "2021", "Danh hiệu", "Lao động tiên tiến", "",
                        "12/QĐ-TCTHADS (minh họa)"),
                List.of("tong-cuc-thads-cc-1", "2021", "Sáng kiến", "Sổ theo dõi thi hành án điện tử (minh họa)",
                        "Cấp cơ sở"),
                List.of("tong-cuc-thads-cc-1", "2021", "Xếp loại", "Hoàn thành xuất sắc nhiệm vụ"),
                List.of("vu-htqt-cc-2", "2021", "Kỷ luật", "Khiển trách", "", "5/QĐ-KL (minh họa)"));
    }

    /** Every unit on both criteria and the bonus; one self-assessment lowered on appraisal, with its reason. */
    static List<List<String>> scores() {
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < UNITS.size(); u++) {
            String id = UNITS.get(u).get(0);
            boolean adjusted = id.equals("minh-hoa-a");
            rows.add(List.of(id, "tc-1", String.valueOf(58 - u), adjusted ? "50" : "",
                             adjusted ? "Thiếu hồ sơ chứng minh (minh họa)" : ""));
            rows.add(List.of(id, "tc-2", "28,5", "", ""));
            rows.add(List.of(id, "thuong", FLAG_CANDIDATES.contains(id) ? "5" : "0", "", ""));
        }
        return rows;
    }

    /** Each unit's own pledge, then each of its civil servants': 100 % coverage, dated from the paper forms. */
    static List<List<String>> pledges() {
        List<List<String>> rows = new ArrayList<>();
        for (int u = 0; u < UNITS.size(); u++) {
            String id = UNITS.get(u).get(0);
            String name = UNITS.get(u).get(1);
            rows.add(List.of(id, id, name, "Tập thể", String.valueOf(STAFF_PER_UNIT), FLAG_CANDIDATES.contains(id)
                             ? "Tập thể lao động xuất sắc; Cờ thi đua ngành Tư pháp" : "Tập thể lao động xuất sắc",
                             String.format("%02d/03/2021", 1 + u)));
            for (int n = 1; n <= STAFF_PER_UNIT; n++) {
                rows.add(List.of(id, id + "-cc-" + n, "Công chức " + n + " – " + name.replace(" (minh họa)", "")
                                 + " (minh họa)", "Cá nhân", "",
                                 n == 1 ? "Lao động tiên tiến; Chiến sĩ thi đua cơ sở" : "Lao động tiên tiến",
                                 String.format("%02d/03/2021", 10 + n)));
            }
        }
        return rows;
    }

    static byte[] fileBytes() throws IOException {
        return Files.readAllBytes(FILE);
    }
}
