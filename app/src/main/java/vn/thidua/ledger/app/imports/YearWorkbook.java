package vn.thidua.ledger.app.imports;

import java.util.List;

/**
 * Sổ Excel một năm thi đua (the workbook of a past year): its sheets and their columns, shared by the template, the
 * reader and the sample. Row 1 of each sheet is the header; data starts on row 2. Dates are {@code dd/MM/yyyy} (a
 * date cell or that text), titles are written by their Vietnamese names, kinds as below.
 */
public final class YearWorkbook {

    /** One sheet: its name and its column headers, in order (column A first). */
    public record Layout(String name, List<String> headers) {

        /** Excel's letter of the column with this header. */
        public String column(String header) {
            return letter(headers.indexOf(header));
        }

        public static String letter(int index) {
            return index < 0 ? "" : String.valueOf((char) ('A' + index));
        }
    }

    public static final Layout CAMPAIGN = new Layout("Phong trào", List.of("Mục", "Giá trị"));
    public static final String CLUSTER_ID = "Mã cụm";
    public static final String CLUSTER_NAME = "Tên cụm";
    public static final String YEAR = "Năm";
    public static final String CAMPAIGN_NAME = "Tên phong trào";
    public static final String OPENS_ON = "Đăng ký từ ngày";
    public static final String CLOSES_ON = "Đăng ký đến ngày";
    /** The day of the launch decision; last, so that the rows of the earlier items keep their numbers. */
    public static final String LAUNCHED_ON = "Ngày phát động";
    /** The rows of the campaign sheet, in order: each an item (column A) and its value (column B). */
    public static final List<String> CAMPAIGN_ITEMS = List.of(CLUSTER_ID, CLUSTER_NAME, YEAR, CAMPAIGN_NAME, OPENS_ON,
                                                              CLOSES_ON, LAUNCHED_ON);

    public static final Layout CRITERIA = new Layout("Tiêu chí",
            List.of("Mã tiêu chí", "Tên tiêu chí", "Loại", "Điểm tối đa"));
    public static final Layout UNITS = new Layout("Đơn vị", List.of("Mã đơn vị", "Tên đơn vị"));
    public static final Layout PLEDGES = new Layout("Đăng ký", List.of("Mã đơn vị", "Mã người đăng ký",
            "Họ tên / tên tập thể", "Đối tượng", "Số cán bộ", "Danh hiệu đăng ký", "Ngày đăng ký"));
    public static final Layout SCORES = new Layout("Điểm", List.of("Mã đơn vị", "Mã tiêu chí", "Tự chấm",
            "Thẩm định", "Lý do điều chỉnh"));
    /**
     * A round of the member units (bình xét in the cluster, R8): its candidates (registrant ids separated by
     * semicolons) and the day of the meeting, on which it opened and closed.
     */
    public static final Layout ROUNDS = new Layout("Bình xét", List.of("Mã đợt", "Danh hiệu", "Ứng viên", "Ngày"));
    /**
     * Each member unit's vote in a round as the minutes record it (an open vote, R8): the candidates it approved.
     * The ledger has no command for a bare count of approvals, and a count cannot say which unit approved whom
     * (a unit may not approve its own candidacy), so the workbook gives the votes, not a tally.
     */
    public static final Layout BALLOTS = new Layout("Phiếu bầu", List.of("Mã đợt", "Đơn vị bỏ phiếu",
            "Ứng viên đồng ý"));
    public static final Layout DECISIONS = new Layout("Quyết định", List.of("Số quyết định", "Loại", "Ngày ký",
            "Người ký", "Mã đợt", "Người nhận"));

    /**
     * Hồ sơ thi đua (optional): one row per holder, year and fact, as the secretariat copies them from the units'
     * reports — column C says which fact, and only that fact's columns are filled: {@value #STAFF_FACT} (G–K: số
     * công chức, viên chức, người lao động, of them Lao động tiên tiến, Chiến sĩ thi đua cơ sở, completing their
     * duties, and the heaviest discipline of a member, if any), {@value #DISCIPLINE_FACT} (D the measure, F the
     * decision), {@value #INITIATIVE_FACT} (D the initiative, E the level that recognised it), {@value #GRADE_FACT}
     * (D the grade) and {@value #TITLE_FACT} (D the title, F the decision). The year may be an earlier one: R3 reads
     * the years before the nominated one.
     */
    public static final Layout RECORDS = new Layout("Hồ sơ", List.of("Mã người / tập thể", "Năm", "Loại",
            "Nội dung", "Cấp công nhận", "Số quyết định", "Số CC, VC, NLĐ", "Lao động tiên tiến",
            "Chiến sĩ thi đua cơ sở", "Hoàn thành nhiệm vụ", "Kỷ luật nặng nhất"));
    public static final String STAFF_FACT = "Số cán bộ";
    public static final String DISCIPLINE_FACT = "Kỷ luật";
    public static final String INITIATIVE_FACT = "Sáng kiến";
    public static final String GRADE_FACT = "Xếp loại";
    public static final String TITLE_FACT = "Danh hiệu";

    /** Every sheet of the workbook, in the order of the year (and of the template). */
    public static final List<Layout> SHEETS = List.of(CAMPAIGN, CRITERIA, UNITS, PLEDGES, SCORES, RECORDS, ROUNDS,
                                                      BALLOTS, DECISIONS);
    /** Sheets a workbook may leave out: workbooks made from the template before records were imported lack it. */
    public static final List<Layout> OPTIONAL = List.of(RECORDS);

    public static final String UNIT_KIND = "Tập thể";
    public static final String INDIVIDUAL_KIND = "Cá nhân";
    public static final String SCORED = "Tiêu chí";
    public static final String BONUS = "Điểm thưởng";
    public static final String PENALTY = "Điểm trừ";
    public static final String AWARD = "Khen thưởng";
    public static final String PROPOSAL = "Tờ trình";
    /** Several titles (or ids) in one cell are separated by semicolons. */
    public static final String TITLE_SEPARATOR = ";";

    private YearWorkbook() {
    }
}
