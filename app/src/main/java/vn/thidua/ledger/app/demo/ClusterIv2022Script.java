package vn.thidua.ledger.app.demo;

import static vn.thidua.ledger.app.demo.DemoUsers.SECRETARIAT;
import static vn.thidua.ledger.app.demo.DemoUsers.representativeOf;
import static vn.thidua.ledger.app.demo.JsonBody.map;
import static vn.thidua.ledger.app.demo.JsonBody.object;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN_2023;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.fixtures.Conference2022.ADJUSTMENTS;
import static vn.thidua.ledger.fixtures.Conference2022.APPOINTMENT_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.BALLOTS;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_CANDIDATES;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_WINNERS;
import static vn.thidua.ledger.fixtures.Conference2022.PROPOSAL_NUMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Criteria2022;
import vn.thidua.ledger.fixtures.Member;

/**
 * The demo year as data: the ordered requests that take an empty ledger through Cluster IV's 2022
 * (DOMAIN.md, "The yearly cycle") and the launch of 2023, each sent by the role that does it in
 * practice — the secretariat (thu-ky) sets up, transcribes the 2022 paper pledge registers, appraises,
 * publishes and records decisions; each unit's representative signs the covenant, scores itself and
 * casts its unit's vote. The demo loader and the scenario test both run exactly this list.
 *
 * <p>Pledges carry the date of the paper form ({@code registeredOn}, 2022): the year is over, so
 * the ledger records them as a transcription of the 2022 register (see docs/demo.md). The facts of the year
 * (units, points, votes, numbers) are the module {@code cluster-iv-2022}, which the tests describe the year with too.
 */
public final class ClusterIv2022Script {

    private static final String CAMPAIGNS = "/api/campaigns/";
    private static final String CAMPAIGN_2022 = CAMPAIGN.value();
    private static final String FLAG_ROUND = Conference2022.FLAG_ROUND.value();
    private static final String ILLUSTRATIVE = " (số liệu minh họa)";

    private final List<DemoStep> steps = new ArrayList<>();

    private ClusterIv2022Script() {
    }

    public static List<DemoStep> steps() {
        ClusterIv2022Script script = new ClusterIv2022Script();
        script.formCluster();
        script.launch2022();
        script.leadership2022();
        script.pledges();
        script.covenant(CAMPAIGN_2022, "Ký giao ước thi đua năm 2022 tại Hội nghị phát động");
        script.selfAssessments();
        script.appraisal();
        script.conference();
        script.ranking();
        script.flagRound();
        script.decisions();
        script.handover();
        script.close2022();
        script.launch2023();
        script.covenant(CAMPAIGN_2023.value(), "Ký giao ước thi đua năm 2023 tại Hội nghị tổng kết ngày 09/12/2022");
        return List.copyOf(script.steps);
    }

    private void formCluster() {
        add("FormCluster", SECRETARIAT, "/api/clusters", object("clusterId", CLUSTER.value(),
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
        add("DeclareIllustrativeFigures", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/illustrative-figures",
                object("figures", List.of("SCORES", "RANKING"), "note", Conference2022.ILLUSTRATIVE_FIGURES_NOTE),
                Conference2022.ILLUSTRATIVE_FIGURES_NOTE);
    }

    private void launch(int year, String reason) {
        add("LaunchCampaign", SECRETARIAT, "/api/campaigns", object("clusterId", CLUSTER.value(), "year", year,
                        "name", ClusterIv2022.campaignName(year),
                        "criteria", Criteria2022.ALL.stream().map(criterion -> map("criterionId",
                                criterion.criterionId().value(), "name", criterion.name(), "kind", criterion.kind().name(),
                                "maxPoints", criterion.maxPoints())).toList()),
                reason);
    }

    /** The 2022 head and deputy (illustrative: the seed names only the 2023 head), appointed early in the year. */
    private void leadership2022() {
        appointment(Conference2022.APPOINTMENT_2022_NUMBER, Conference2022.APPOINTMENT_2022_SIGNED_ON, 2022,
                Conference2022.HEAD_2022, Conference2022.DEPUTY_HEAD_2022,
                "Quyết định Trưởng Cụm, Phó Trưởng Cụm năm 2022 (Trưởng Cụm, Phó Trưởng Cụm và số quyết định minh họa)");
    }

    /**
     * The secretariat transcribes each unit's 2022 paper register: the unit itself, then every civil servant.
     * Only the secretariat may date a pledge into a year that is over (a unit could otherwise meet R1 after the fact).
     */
    private void pledges() {
        for (Member unit : MEMBERS) {
            add("RegisterPledge", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/pledges",
                    object("registrantId", unit.id(), "registrantName", unit.name(), "kind", "UNIT",
                            "unitId", unit.id(), "staffCount", unit.staff(), "titles", names(unit.titles()),
                            "registeredOn", ClusterIv2022.UNITS_REGISTERED_ON.toString()),
                    "Nhập sổ đăng ký thi đua năm 2022 của đơn vị (bản giấy); số công chức, viên chức, người lao động" + ILLUSTRATIVE);
            IntStream.rangeClosed(1, unit.staff()).forEach(n ->
                    add("RegisterPledge", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/pledges",
                            object("registrantId", unit.staffId(n), "registrantName", unit.staffName(n),
                                    "kind", "INDIVIDUAL", "unitId", unit.id(),
                                    "titles", names(unit.staffTitles(n)),
                                    "registeredOn", ClusterIv2022.STAFF_REGISTERED_ON.toString()),
                            "Nhập phiếu đăng ký thi đua cá nhân năm 2022 (bản giấy; cá nhân minh họa)"));
        }
    }

    private void covenant(String campaignId, String reason) {
        MEMBERS.forEach(unit -> add("SignCovenant", representativeOf(unit),
                CAMPAIGNS + campaignId + "/covenant-signatures", object("unitId", unit.id()), reason));
    }

    private void selfAssessments() {
        for (Member unit : MEMBERS) {
            unit.selfAssessed().forEach((criterionId, points) -> add("SelfAssessScore", representativeOf(unit),
                    scorecard(unit.id()) + "/self-assessments",
                    object("criterionId", criterionId.value(), "points", points),
                    "Tự chấm điểm thi đua năm 2022" + ILLUSTRATIVE));
        }
    }

    /** The secretariat's appraisal: adjustments with their reasons, then every scorecard made final. */
    private void appraisal() {
        ADJUSTMENTS.forEach(adjustment -> add("AdjustScore", SECRETARIAT,
                scorecard(adjustment.unit().id()) + "/adjustments",
                object("criterionId", adjustment.criterion().criterionId().value(), "points", adjustment.points(),
                        "reason", adjustment.reason()),
                adjustment.reason()));
        MEMBERS.forEach(unit -> add("FinaliseScorecard", SECRETARIAT, scorecard(unit.id()) + "/finalisation", null,
                "Chốt kết quả chấm điểm sau thẩm định"));
    }

    /**
     * Hội nghị tổng kết of 9 Dec 2022 as the seed tells it: the chair, the draft report presented by the Deputy
     * Director of Vụ Hợp tác quốc tế, the members' comments (illustrative), recorded by the secretariat.
     */
    private void conference() {
        add("HoldYearEndConference", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/year-end-conference",
                object("heldOn", CONFERENCE.toString(), "chairedBy", Conference2022.CONFERENCE_CHAIR),
                "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2022 và ký giao ước thi đua năm 2023");
        add("PresentDraftSummary", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/draft-summary",
                object("presentedBy", Conference2022.DRAFT_PRESENTED_BY, "draft", Conference2022.DRAFT_SUMMARY),
                "Trình bày dự thảo Báo cáo tổng kết tại Hội nghị ngày 09/12/2022");
        Conference2022.COMMENTS.forEach(comment -> add("RecordSummaryComment", SECRETARIAT,
                CAMPAIGNS + CAMPAIGN_2022 + "/summary-comments",
                object("unitId", comment.unit().id(), "comment", comment.text()),
                "Ghi biên bản ý kiến góp ý dự thảo Báo cáo tổng kết (ý kiến minh họa)"));
    }

    private void ranking() {
        add("PublishRanking", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/ranking", null,
                "Vụ Thi đua – Khen thưởng công bố kết quả chấm điểm, xếp hạng tại Hội nghị ngày 09/12/2022");
    }

    /** R8: the member units deliberate openly; each representative casts its unit's vote. */
    private void flagRound() {
        add("OpenNominationRound", SECRETARIAT, "/api/rounds", object("roundId", FLAG_ROUND,
                        "campaignId", CAMPAIGN_2022, "title", Title.SECTOR_EMULATION_FLAG.name(), "body", "MEMBER_UNITS",
                        "candidateIds", FLAG_CANDIDATES.stream().map(Member::id).toList()),
                "Bình xét, suy tôn đơn vị đề nghị tặng Cờ thi đua ngành Tư pháp năm 2022");
        add("DeclareIllustrativeTallies", SECRETARIAT, "/api/rounds/" + FLAG_ROUND + "/illustrative-tallies",
                object("note", Conference2022.ILLUSTRATIVE_TALLIES_NOTE), Conference2022.ILLUSTRATIVE_TALLIES_NOTE);
        BALLOTS.forEach(ballot -> add("CastOpenBallot", representativeOf(ballot.voter()),
                "/api/rounds/" + FLAG_ROUND + "/ballots",
                object("voterId", ballot.voter().id(), "approved", ballot.approved().stream().map(Member::id).toList()),
                "Biểu quyết của đơn vị tại Hội nghị ngày 09/12/2022 (phiếu minh họa)"));
        add("CloseNominationRound", SECRETARIAT, "/api/rounds/" + FLAG_ROUND + "/closure", null,
                "Kết thúc biểu quyết, công bố kết quả suy tôn");
    }

    private void decisions() {
        add("IssueCommendationDecision", SECRETARIAT, "/api/decisions/commendations", object(
                        "decisionNumber", PROPOSAL_NUMBER, "signedOn", CONFERENCE.toString(),
                        "signedBy", Conference2022.PROPOSAL_SIGNED_BY, "kind", "PROPOSAL",
                        "roundId", FLAG_ROUND, "recipients", FLAG_WINNERS.stream().map(Member::id).toList()),
                "Tờ trình đề nghị Bộ trưởng tặng Cờ thi đua ngành Tư pháp theo kết quả suy tôn (số tờ trình minh họa)");
        appointment(APPOINTMENT_NUMBER, CONFERENCE, 2023, Conference2022.HEAD_2023, Conference2022.DEPUTY_HEAD_2023,
                "Công bố quyết định Trưởng Cụm, Phó Trưởng Cụm năm 2023 (số quyết định và Phó Trưởng Cụm minh họa)");
    }

    private void appointment(String number, LocalDate signedOn, int year, Member head, Member deputy, String reason) {
        add("IssueAppointmentDecision", SECRETARIAT, "/api/decisions/appointments", object(
                        "decisionNumber", number, "signedOn", signedOn.toString(),
                        "signedBy", Conference2022.APPOINTMENT_SIGNED_BY, "clusterId", CLUSTER.value(), "year", year,
                        "headId", head.id(), "deputyHeadId", deputy.id()),
                reason);
    }

    /** Bàn giao: the 2022 head hands the cluster's duties over to the 2023 head at the conference. */
    private void handover() {
        add("HandOverLeadership", SECRETARIAT, "/api/clusters/" + CLUSTER.value() + "/leadership-handovers",
                object("year", 2023, "handedOverOn", CONFERENCE.toString()),
                "Trưởng Cụm năm 2022 bàn giao nhiệm vụ cho Trưởng Cụm năm 2023 tại Hội nghị ngày 09/12/2022"
                        + " (Trưởng Cụm năm 2022 minh họa)");
    }

    private void close2022() {
        add("CloseCampaign", SECRETARIAT, CAMPAIGNS + CAMPAIGN_2022 + "/closure", object("summary", Conference2022.CLOSING_REPORT),
                "Tổng kết năm thi đua 2022 của Cụm");
    }

    private void launch2023() {
        launch(2023, "Phát động phong trào thi đua năm 2023 do Trưởng Cụm năm 2023 chủ trì (bảng điểm minh họa)");
    }

    private static List<String> names(List<Title> titles) {
        return titles.stream().map(Title::name).toList();
    }

    private static String scorecard(String unitId) {
        return CAMPAIGNS + CAMPAIGN_2022 + "/scorecards/" + unitId;
    }

    private void add(String command, String actor, String path, String body, String reason) {
        steps.add(new DemoStep(command, actor, path, body, reason));
    }
}
