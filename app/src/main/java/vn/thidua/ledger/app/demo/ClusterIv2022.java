package vn.thidua.ledger.app.demo;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.ledger.events.common.DecisionId;

/**
 * The facts of the demo year: the Ministry of Justice's Emulation Cluster IV in 2022 (DOMAIN.md,
 * "The yearly cycle"). Real: the cluster, the four named units, the year-end conference of
 * 9 Dec 2022, the two collectives selected for the Justice Sector Emulation Flag, the 2023 head.
 * Illustrative (and named or labelled "minh họa"): the other member units, headcounts, individual
 * registrants, criteria, points, votes, decision numbers and the deputy head.
 *
 * <p>Vụ Thi đua – Khen thưởng is the secretariat ({@link DemoUsers#SECRETARIAT}) and not a member:
 * it scores and announces the ranking, so it is not ranked or voted on itself.
 */
public final class ClusterIv2022 {

    public static final String CLUSTER_ID = "btp-cum-iv";
    public static final String CLUSTER_NAME = "Cụm thi đua số IV – Bộ Tư pháp";
    public static final String CAMPAIGN_2022 = CLUSTER_ID + "-2022";
    public static final String CAMPAIGN_2023 = CLUSTER_ID + "-2023";
    public static final String FLAG_ROUND = CAMPAIGN_2022 + "-suy-ton-co-thi-dua";
    public static final LocalDate WINDOW_OPENS = LocalDate.of(2022, 2, 15);
    public static final LocalDate WINDOW_CLOSES = LocalDate.of(2022, 3, 31);
    public static final LocalDate UNITS_REGISTERED_ON = LocalDate.of(2022, 2, 25);
    public static final LocalDate STAFF_REGISTERED_ON = LocalDate.of(2022, 3, 10);
    public static final LocalDate CONFERENCE = LocalDate.of(2022, 12, 9);
    /** Illustrative numbers: the real documents' numbers are not in the seed. */
    public static final String PROPOSAL_NUMBER = "01/TTr-CTĐIV";
    public static final String APPOINTMENT_NUMBER = "2999/QĐ-BTP";
    public static final String PROPOSAL_ID = DecisionId.ofNumber(PROPOSAL_NUMBER).value();
    public static final String APPOINTMENT_ID = DecisionId.ofNumber(APPOINTMENT_NUMBER).value();

    /** The scoring table (illustrative): three scored criteria out of 100, a bonus and a penalty item. */
    public static final List<Criterion> CRITERIA = List.of(
            new Criterion("tc-1", "Thực hiện nhiệm vụ chuyên môn được giao (minh họa)", "SCORED", 60),
            new Criterion("tc-2", "Tổ chức phong trào thi đua và công tác khen thưởng (minh họa)", "SCORED", 30),
            new Criterion("tc-3", "Xây dựng tổ chức Đảng, đoàn thể vững mạnh (minh họa)", "SCORED", 10),
            new Criterion("thuong", "Điểm thưởng: sáng kiến, mô hình mới (minh họa)", "BONUS", 5),
            new Criterion("tru", "Điểm trừ: chậm, thiếu báo cáo (minh họa)", "PENALTY", 5));

    public static final Member HTQT = new Member("vu-htqt", "Vụ Hợp tác quốc tế", DemoUsers.REP_HTQT, 3,
            List.of("EXCELLENT_COLLECTIVE", "SECTOR_EMULATION_FLAG"), points("56", "28", "10", "1"));
    public static final Member THADS = new Member("tong-cuc-thads", "Tổng cục Thi hành án dân sự",
            DemoUsers.REP_THADS, 4, List.of("EXCELLENT_COLLECTIVE", "SECTOR_EMULATION_FLAG"),
            points("57", "29", "10", "3"));
    public static final Member CVDCXDPL = new Member("vu-cvdcxdpl", "Vụ Các vấn đề chung về xây dựng pháp luật",
            DemoUsers.REP_CVDCXDPL, 3, List.of("EXCELLENT_COLLECTIVE", "SECTOR_EMULATION_FLAG"),
            points("58", "28", "10", "2"));
    public static final Member MINH_HOA_A = new Member("minh-hoa-a", "Đơn vị thành viên A (minh họa)",
            DemoUsers.REP_MINH_HOA_A, 2, List.of("EXCELLENT_COLLECTIVE"), points("55", "27", "9", "2"));
    public static final Member MINH_HOA_B = new Member("minh-hoa-b", "Đơn vị thành viên B (minh họa)",
            DemoUsers.REP_MINH_HOA_B, 2, List.of("ADVANCED_COLLECTIVE"), points("54", "27", "9", null));
    public static final Member MINH_HOA_C = new Member("minh-hoa-c", "Đơn vị thành viên C (minh họa)",
            DemoUsers.REP_MINH_HOA_C, 2, List.of("ADVANCED_COLLECTIVE"), points("54", "26", "9", null));
    public static final List<Member> MEMBERS = List.of(HTQT, THADS, CVDCXDPL, MINH_HOA_A, MINH_HOA_B, MINH_HOA_C);

    /** The secretariat's appraisal (thẩm định) of self-assessed points, with its reasons (illustrative). */
    public static final List<Adjustment> ADJUSTMENTS = List.of(
            new Adjustment(CVDCXDPL, "tc-1", "57",
                    "Thẩm định: 01 đề án trình chậm so với kế hoạch năm (minh họa)"),
            new Adjustment(MINH_HOA_A, "thuong", "0",
                    "Thẩm định: sáng kiến chưa được Hội đồng sáng kiến công nhận trong năm 2022 (minh họa)"),
            new Adjustment(MINH_HOA_B, "tru", "1",
                    "Thẩm định: gửi báo cáo 6 tháng chậm 05 ngày (minh họa)"));

    /** Sector flag candidates: the three units that pledged it, in ranking order. */
    public static final List<Member> FLAG_CANDIDATES = List.of(THADS, CVDCXDPL, HTQT);

    /**
     * Open votes of the member units (R8; illustrative counts). No unit approves itself (R9).
     * Tallies: Tổng cục THADS 5, Vụ CVĐCXDPL 4, Vụ HTQT 2 of 6 members.
     */
    public static final List<Ballot> BALLOTS = List.of(
            new Ballot(HTQT, List.of(THADS, CVDCXDPL)),
            new Ballot(THADS, List.of(CVDCXDPL, HTQT)),
            new Ballot(CVDCXDPL, List.of(THADS)),
            new Ballot(MINH_HOA_A, List.of(THADS, CVDCXDPL)),
            new Ballot(MINH_HOA_B, List.of(THADS, CVDCXDPL)),
            new Ballot(MINH_HOA_C, List.of(THADS, HTQT)));

    public static final List<Member> FLAG_WINNERS = List.of(THADS, CVDCXDPL);
    public static final Member HEAD_2023 = HTQT;
    /** Illustrative: the seed names only the head. */
    public static final Member DEPUTY_HEAD_2023 = THADS;

    private ClusterIv2022() {
    }

    public record Criterion(String id, String name, String kind, int maxPoints) {
    }

    /**
     * A member unit with its representative (a demo user), its illustrative headcount and the
     * collective titles it pledges. {@code selfAssessed}: criterion id → points, in scoring-table order.
     */
    public record Member(String id, String name, String representative, int staff, List<String> unitTitles,
                         Map<String, String> selfAssessed) {

        /** Registrant id of the n-th (1-based) illustrative civil servant of the unit. */
        public String staffId(int n) {
            return id + "-cc-" + n;
        }

        public String staffName(int n) {
            return "Công chức " + n + " – " + name.replace(" (minh họa)", "") + " (minh họa)";
        }
    }

    public record Adjustment(Member unit, String criterionId, String points, String reason) {
    }

    public record Ballot(Member voter, List<Member> approved) {
    }

    /** Self-assessed points per scored criterion and the bonus item (null = no bonus claimed). */
    private static Map<String, String> points(String duties, String movement, String organisation, String bonus) {
        return bonus == null
                ? orderedMap("tc-1", duties, "tc-2", movement, "tc-3", organisation)
                : orderedMap("tc-1", duties, "tc-2", movement, "tc-3", organisation, "thuong", bonus);
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }
}
