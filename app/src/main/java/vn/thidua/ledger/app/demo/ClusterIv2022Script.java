package vn.thidua.ledger.app.demo;

import static vn.thidua.ledger.app.demo.ClusterIv2022.ADJUSTMENTS;
import static vn.thidua.ledger.app.demo.ClusterIv2022.APPOINTMENT_NUMBER;
import static vn.thidua.ledger.app.demo.ClusterIv2022.BALLOTS;
import static vn.thidua.ledger.app.demo.ClusterIv2022.CAMPAIGN_2022;
import static vn.thidua.ledger.app.demo.ClusterIv2022.CAMPAIGN_2023;
import static vn.thidua.ledger.app.demo.ClusterIv2022.CLUSTER_ID;
import static vn.thidua.ledger.app.demo.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.app.demo.ClusterIv2022.CRITERIA;
import static vn.thidua.ledger.app.demo.ClusterIv2022.FLAG_CANDIDATES;
import static vn.thidua.ledger.app.demo.ClusterIv2022.FLAG_ROUND;
import static vn.thidua.ledger.app.demo.ClusterIv2022.FLAG_WINNERS;
import static vn.thidua.ledger.app.demo.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.app.demo.ClusterIv2022.PROPOSAL_NUMBER;
import static vn.thidua.ledger.app.demo.DemoUsers.SECRETARIAT;
import static vn.thidua.ledger.app.demo.JsonBody.map;
import static vn.thidua.ledger.app.demo.JsonBody.object;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.ledger.app.demo.ClusterIv2022.Member;

/**
 * The demo year as data: the ordered requests that take an empty ledger through Cluster IV's 2022
 * (DOMAIN.md, "The yearly cycle") and the launch of 2023, each sent by the role that does it in
 * practice — the secretariat (thu-ky) sets up, transcribes the 2022 paper pledge registers, appraises,
 * publishes and records decisions; each unit's representative signs the covenant, scores itself and
 * casts its unit's vote. The demo loader and the scenario test both run exactly this list.
 *
 * <p>Pledges carry the date of the paper form ({@code registeredOn}, 2022): the year is over, so
 * the ledger records them as a transcription of the 2022 register (see docs/demo.md).
 */
public final class ClusterIv2022Script {

    private static final String CAMPAIGNS = "/api/campaigns/";
    private static final String ILLUSTRATIVE = " (số liệu minh họa)";

    private final List<DemoStep> steps = new ArrayList<>();

    private ClusterIv2022Script() {
    }

    public static List<DemoStep> steps() {
        ClusterIv2022Script script = new ClusterIv2022Script();
        script.formCluster();
        script.launch2022();
        script.pledges();
        script.covenant(CAMPAIGN_2022, "Ký giao ước thi đua năm 2022 tại Hội nghị phát động");
        script.selfAssessments();
        script.appraisal();
        script.ranking();
        script.flagRound();
        script.decisions();
        script.close2022();
        script.launch2023();
        script.covenant(CAMPAIGN_2023, "Ký giao ước thi đua năm 2023 tại Hội nghị tổng kết ngày 09/12/2022");
        return List.copyOf(script.steps);
    }

    private void formCluster() {
        add("FormCluster", SECRETARIAT, "/api/clusters", object("clusterId", CLUSTER_ID,
                        "name", ClusterIv2022.CLUSTER_NAME, "firstYear", 2022,
                        "units", MEMBERS.stream().map(unit -> map("id", unit.id(), "name", unit.name())).toList()),
                "Thành lập Cụm thi đua số IV gồm các đơn vị thuộc Bộ (đơn vị ghi \"minh họa\" là giả định)");
    }

    private void launch2022() {
        launch(2022, "Phát động phong trào thi đua năm 2022 của Cụm (bảng điểm minh họa)");
        add("SetRegistrationWindow", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/registration-window",
                object("opensOn", ClusterIv2022.WINDOW_OPENS.toString(),
                        "closesOn", ClusterIv2022.WINDOW_CLOSES.toString()),
                "Thời hạn đăng ký thi đua năm 2022");
    }

    private void launch(int year, String reason) {
        add("LaunchCampaign", SECRETARIAT, "/api/campaigns", object("clusterId", CLUSTER_ID, "year", year,
                        "name", "Phong trào thi đua năm " + year + " của Cụm thi đua số IV",
                        "criteria", CRITERIA.stream().map(criterion -> map("criterionId", criterion.id(),
                                "name", criterion.name(), "kind", criterion.kind(),
                                "maxPoints", criterion.maxPoints())).toList()),
                reason);
    }

    /**
     * The secretariat transcribes each unit's 2022 paper register: the unit itself, then every civil servant.
     * Only the secretariat may date a pledge into a year that is over (a unit could otherwise meet R1 after the fact).
     */
    private void pledges() {
        for (Member unit : MEMBERS) {
            add("RegisterPledge", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/pledges",
                    object("registrantId", unit.id(), "registrantName", unit.name(), "kind", "UNIT",
                            "unitId", unit.id(), "staffCount", unit.staff(), "titles", unit.unitTitles(),
                            "registeredOn", ClusterIv2022.UNITS_REGISTERED_ON.toString()),
                    "Nhập sổ đăng ký thi đua năm 2022 của đơn vị (bản giấy); số công chức, viên chức, người lao động" + ILLUSTRATIVE);
            IntStream.rangeClosed(1, unit.staff()).forEach(n ->
                    add("RegisterPledge", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/pledges",
                            object("registrantId", unit.staffId(n), "registrantName", unit.staffName(n),
                                    "kind", "INDIVIDUAL", "unitId", unit.id(),
                                    "titles", n == 1 ? List.of("ADVANCED_WORKER", "GRASSROOTS_EMULATION_FIGHTER")
                                            : List.of("ADVANCED_WORKER"),
                                    "registeredOn", ClusterIv2022.STAFF_REGISTERED_ON.toString()),
                            "Nhập phiếu đăng ký thi đua cá nhân năm 2022 (bản giấy; cá nhân minh họa)"));
        }
    }

    private void covenant(String campaignId, String reason) {
        MEMBERS.forEach(unit -> add("SignCovenant", unit.representative(),
                CAMPAIGNS + campaignId + "/covenant-signatures", object("unitId", unit.id()), reason));
    }

    private void selfAssessments() {
        for (Member unit : MEMBERS) {
            unit.selfAssessed().forEach((criterionId, points) -> add("SelfAssessScore", unit.representative(),
                    scorecard(unit.id()) + "/self-assessments",
                    object("criterionId", criterionId, "points", new BigDecimal(points)),
                    "Tự chấm điểm thi đua năm 2022" + ILLUSTRATIVE));
        }
    }

    /** The secretariat's appraisal: adjustments with their reasons, then every scorecard made final. */
    private void appraisal() {
        ADJUSTMENTS.forEach(adjustment -> add("AdjustScore", SECRETARIAT,
                scorecard(adjustment.unit().id()) + "/adjustments",
                object("criterionId", adjustment.criterionId(), "points", new BigDecimal(adjustment.points()),
                        "reason", adjustment.reason()),
                adjustment.reason()));
        MEMBERS.forEach(unit -> add("FinaliseScorecard", SECRETARIAT, scorecard(unit.id()) + "/finalisation", null,
                "Chốt kết quả chấm điểm sau thẩm định"));
    }

    private void ranking() {
        add("PublishRanking", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/ranking", null,
                "Vụ Thi đua – Khen thưởng công bố kết quả chấm điểm, xếp hạng tại Hội nghị ngày 09/12/2022");
    }

    /** R8: the member units deliberate openly; each representative casts its unit's vote. */
    private void flagRound() {
        add("OpenNominationRound", SECRETARIAT, "/api/rounds", object("roundId", FLAG_ROUND,
                        "campaignId", CAMPAIGN_2022, "title", "SECTOR_EMULATION_FLAG", "body", "MEMBER_UNITS",
                        "candidateIds", FLAG_CANDIDATES.stream().map(Member::id).toList()),
                "Bình xét, suy tôn đơn vị đề nghị tặng Cờ thi đua ngành Tư pháp năm 2022");
        BALLOTS.forEach(ballot -> add("CastOpenBallot", ballot.voter().representative(),
                "/api/rounds/" + FLAG_ROUND + "/ballots",
                object("voterId", ballot.voter().id(), "approved", ballot.approved().stream().map(Member::id).toList()),
                "Biểu quyết của đơn vị tại Hội nghị ngày 09/12/2022 (phiếu minh họa)"));
        add("CloseNominationRound", SECRETARIAT, "/api/rounds/" + FLAG_ROUND + "/closure", null,
                "Kết thúc biểu quyết, công bố kết quả suy tôn");
    }

    private void decisions() {
        add("IssueCommendationDecision", SECRETARIAT, "/api/decisions/commendations", object(
                        "decisionNumber", PROPOSAL_NUMBER, "signedOn", CONFERENCE.toString(),
                        "signedBy", "Trưởng Cụm thi đua số IV năm 2022 (minh họa)", "kind", "PROPOSAL",
                        "roundId", FLAG_ROUND, "recipients", FLAG_WINNERS.stream().map(Member::id).toList()),
                "Tờ trình đề nghị Bộ trưởng tặng Cờ thi đua ngành Tư pháp theo kết quả suy tôn (số tờ trình minh họa)");
        add("IssueAppointmentDecision", SECRETARIAT, "/api/decisions/appointments", object(
                        "decisionNumber", APPOINTMENT_NUMBER, "signedOn", CONFERENCE.toString(),
                        "signedBy", "Thứ trưởng Bộ Tư pháp", "clusterId", CLUSTER_ID, "year", 2023,
                        "headId", ClusterIv2022.HEAD_2023.id(), "deputyHeadId", ClusterIv2022.DEPUTY_HEAD_2023.id()),
                "Công bố quyết định Trưởng Cụm, Phó Trưởng Cụm năm 2023 và bàn giao nhiệm vụ"
                        + " (số quyết định và Phó Trưởng Cụm minh họa)");
    }

    private void close2022() {
        add("CloseCampaign", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/closure", object("summary", """
                        Báo cáo tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm thi đua số IV, do Phó Vụ trưởng \
                        Vụ Hợp tác quốc tế trình bày tại Hội nghị ngày 09/12/2022 và được các thành viên góp ý: 100% \
                        công chức đăng ký thi đua, các đơn vị ký giao ước; Vụ Thi đua – Khen thưởng công bố kết quả \
                        chấm điểm, xếp hạng; Hội nghị suy tôn Tổng cục Thi hành án dân sự và Vụ Các vấn đề chung về \
                        xây dựng pháp luật đề nghị tặng Cờ thi đua ngành Tư pháp; Vụ Hợp tác quốc tế làm Trưởng Cụm \
                        năm 2023. (Điểm số, số phiếu, số công chức, viên chức, người lao động và các đơn vị ghi "minh họa" là số liệu minh họa.)"""),
                "Tổng kết năm thi đua 2022 của Cụm");
    }

    private void launch2023() {
        launch(2023, "Phát động phong trào thi đua năm 2023 do Trưởng Cụm năm 2023 chủ trì (bảng điểm minh họa)");
    }

    private static String scorecard(String unitId) {
        return CAMPAIGNS + CAMPAIGN_2022 + "/scorecards/" + unitId;
    }

    private void add(String command, String actor, String path, String body, String reason) {
        steps.add(new DemoStep(command, actor, path, body, reason));
    }
}
