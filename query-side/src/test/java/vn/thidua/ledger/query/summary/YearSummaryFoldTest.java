package vn.thidua.ledger.query.summary;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022;
import vn.thidua.ledger.fixtures.Conference2022Events;
import vn.thidua.ledger.fixtures.Member;
import vn.thidua.ledger.events.campaign.RuleVersionChosen;
import vn.thidua.ledger.events.cluster.LeadershipHandedOver;
import vn.thidua.ledger.events.common.RuleVersionBasis;
import vn.thidua.ledger.query.summary.YearSummaryState.Conference.Comment;
import vn.thidua.ledger.query.summary.YearSummaryState.DecisionRow;
import vn.thidua.ledger.query.summary.YearSummaryState.Handover;
import vn.thidua.ledger.query.summary.YearSummaryView.UnitCoverage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_B;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

class YearSummaryFoldTest {

    private static final ClusterIv2022Events YEAR = ClusterIv2022Events.CANONICAL;
    private static final Conference2022Events CONFERENCE_EVENTS = YEAR.conference();

    /**
     * The 2022 year of Cluster IV up to the 9 Dec 2022 conference and the closing: every unit and civil servant
     * pledges, a fourth civil servant of Đơn vị B pledges and withdraws (moves to another post), three units sign the covenant.
     */
    private static List<Object> year2022() {
        List<Object> events = new ArrayList<>(List.of(YEAR.formed(),
                YEAR.leadership(2022, Conference2022.HEAD_2022.unit(), Conference2022.DEPUTY_HEAD_2022.unit(),
                        Conference2022.APPOINTMENT_2022_NUMBER), YEAR.launched()));
        for (Member unit : MEMBERS) {
            events.add(YEAR.unitPledge(unit));
            for (int n = 1; n <= unit.staff(); n++) {
                events.add(YEAR.staffPledge(unit, n));
            }
        }
        events.addAll(List.of(YEAR.staffPledge(MINH_HOA_B, 3), YEAR.staffWithdrawn(MINH_HOA_B, 3), YEAR.covenant(HTQT), YEAR.covenant(THADS),
                YEAR.covenant(CVDCXDPL), CONFERENCE_EVENTS.conferenceHeld(), CONFERENCE_EVENTS.draftPresented(),
                YEAR.ranking(), CONFERENCE_EVENTS.flagRoundOpened(),
                CONFERENCE_EVENTS.flagRoundClosed(), CONFERENCE_EVENTS.flagProposal(),
                CONFERENCE_EVENTS.appointment2023(), YEAR.leadership(2023, HTQT.unit(), THADS.unit(),
                        Conference2022.APPOINTMENT_NUMBER), CONFERENCE_EVENTS.handover()));
        events.addAll(CONFERENCE_EVENTS.comments());
        events.add(YEAR.closed());
        return events;
    }

    private static YearSummaryView fold(List<Object> events) {
        YearSummaryFold.InMemory fold = new YearSummaryFold.InMemory(YearSummaryState.template(CLUSTER.value()));
        events.forEach(fold::apply);
        return YearSummaryView.of(fold.state());
    }

    @Test
    void theClusterIvSummaryOf2022HasWhatTheConferenceReported() {
        YearSummaryView summary = fold(year2022());

        assertThat(summary.clusterName()).isEqualTo("Cụm thi đua số IV – Khối các đơn vị thuộc Bộ Tư pháp");
        assertThat(summary.year()).isEqualTo(2022);
        assertThat(summary.members()).extracting(YearSummaryView.MemberUnit::unitName)
                                     .containsExactly("Vụ Hợp tác quốc tế", "Tổng cục Thi hành án dân sự",
                                                      "Vụ Các vấn đề chung về xây dựng pháp luật",
                                                      "Đơn vị thành viên A (minh họa)", "Đơn vị thành viên B (minh họa)",
                                                      "Đơn vị thành viên C (minh họa)");
        assertThat(summary.leadership().headName()).isEqualTo("Vụ Các vấn đề chung về xây dựng pháp luật");
        assertThat(summary.nextYearLeadership().headName()).isEqualTo("Vụ Hợp tác quốc tế");
        assertThat(summary.nextYearLeadership().deputyName()).isEqualTo("Tổng cục Thi hành án dân sự");
        assertThat(summary.campaign().ruleSetId()).isEqualTo("btp-thidua");
        assertThat(summary.campaign().ruleSetVersion()).isEqualTo(1);
        // 100% of civil servants registered, as the seed says: the withdrawn pledge no longer counts.
        assertThat(summary.pledgeCoverage().unitsRegistered()).isEqualTo(6);
        assertThat(summary.pledgeCoverage().individualsRegistered()).isEqualTo(16);
        assertThat(summary.pledgeCoverage().staff()).isEqualTo(16);
        assertThat(summary.pledgeCoverage().percent()).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(summary.pledgeCoverage().units()).extracting(UnitCoverage::unitId, UnitCoverage::individualsRegistered)
                                                    .contains(tuple("minh-hoa-b", 2), tuple("tong-cuc-thads", 4));
        assertThat(summary.covenant().signed()).isEqualTo(3);
        assertThat(summary.covenant().memberUnits()).isEqualTo(6);
        assertThat(summary.leadingUnits()).containsExactly("Tổng cục Thi hành án dân sự");
        assertThat(summary.rounds()).singleElement().satisfies(round -> {
            assertThat(round.titleName()).isEqualTo("Cờ thi đua ngành Tư pháp");
            assertThat(round.winners()).containsExactly("Tổng cục Thi hành án dân sự",
                                                        "Vụ Các vấn đề chung về xây dựng pháp luật");
        });
        assertThat(summary.decisions()).extracting(DecisionRow::decisionNumber, DecisionRow::type)
                                       .containsExactly(tuple("MH-01/TTr-CTĐIV", "PROPOSAL"), tuple("MH-2999/QĐ-BTP", "APPOINTMENT"));
        assertThat(summary.conference().heldOn()).isEqualTo(CONFERENCE);
        assertThat(summary.conference().chairedBy()).isEqualTo("Thứ trưởng Bộ Tư pháp Mai Lương Khôi");
        assertThat(summary.conference().draft().presentedBy()).isEqualTo("Phó Vụ trưởng Vụ Hợp tác quốc tế Đào Quý Lộc");
        assertThat(summary.conference().comments()).extracting(Comment::number, Comment::unitName)
                                                   .containsExactly(tuple(1, "Tổng cục Thi hành án dân sự"),
                                                                    tuple(2, "Vụ Các vấn đề chung về xây dựng pháp luật"));
        assertThat(summary.conference().comments()).allSatisfy(c -> assertThat(c.text()).endsWith("(minh họa)"));
        assertThat(summary.handover()).isEqualTo(new Handover(2023, "Vụ Các vấn đề chung về xây dựng pháp luật",
                                                              "Vụ Hợp tác quốc tế", CONFERENCE));
        assertThat(summary.closing().summary()).startsWith("Báo cáo tổng kết công tác thi đua, khen thưởng năm 2022 của Cụm thi đua số IV");
        assertThat(summary.contributingAggregates()).containsExactly("btp-cum-iv", "btp-cum-iv-2022",
                                                                     "btp-cum-iv-2022-suy-ton-co-thi-dua", "2022_MH-01-TTR-CTDdIV", "2022_MH-2999-QDd-BTP");
    }

    @Test
    void aCommentDeliveredTwiceIsListedOnce() {
        List<Object> events = new ArrayList<>(year2022());
        events.add(CONFERENCE_EVENTS.comments().get(0));

        assertThat(fold(events).conference().comments()).hasSize(2);
    }

    @Test
    void theHandoverToTheYearAfterNextBelongsToNextYearsSummary() {
        List<Object> events = new ArrayList<>(year2022());
        events.add(new LeadershipHandedOver(CLUSTER, "Cụm", 2024, HTQT.unit(), THADS.unit(), CONFERENCE.plusYears(1)));

        assertThat(fold(events).handover().year()).isEqualTo(2023);
    }

    @Test
    void aRuleVersionChosenOtherwiseThanByTheYearIsShownWithItsBasisAndReason() {
        RuleVersionChosen chosen = new RuleVersionChosen(YEAR.campaign(), 2022, "btp-thidua", 1,
                RuleVersionBasis.DOSSIER_RECEIVED, CONFERENCE.minusYears(1), "Hồ sơ tiếp nhận trước (minh họa)");

        YearSummaryView summary = fold(List.of(YEAR.formed(), YEAR.launched(), chosen));

        assertThat(summary.campaign().ruleVersionChoice()).isEqualTo(new YearSummaryState.RuleVersionChoice(
                "DOSSIER_RECEIVED", CONFERENCE.minusYears(1), "Hồ sơ tiếp nhận trước (minh họa)"));
        assertThat(fold(year2022()).campaign().ruleVersionChoice()).isNull();
    }

    @Test
    void aYearWithoutAConferenceHasNone() {
        assertThat(fold(List.of(YEAR.formed(), YEAR.launched())).conference()).isNull();
    }

    @Test
    void anAwardOnTheYearsRoundAndItsRevocationAreListedAsDecisionsOfTheYear() {
        List<Object> events = new ArrayList<>(year2022());
        events.add(CONFERENCE_EVENTS.flagAward());
        events.add(CONFERENCE_EVENTS.flagRevoked(THADS));

        YearSummaryView summary = fold(events);

        assertThat(summary.decisions()).extracting(DecisionRow::decisionNumber, DecisionRow::type)
                                       .endsWith(tuple("MH-3456/QĐ-BTP", "AWARD"), tuple("MH-789/QĐ-BTP", "REVOCATION"));
        assertThat(summary.decisions().get(summary.decisions().size() - 1).note()).contains("STANDARDS_NOT_MET");
    }

    @Test
    void eventsOfAnotherCampaignOrClusterLeaveTheSummaryUnchanged() {
        YearSummaryState state = YearSummaryState.template(CLUSTER.value());
        for (Object event : List.of(YEAR.formed(), YEAR.launched())) {
            state = YearSummaryFold.apply(state, event);
        }
        NominationRoundClosed otherYear = new NominationRoundClosed(new RoundId("btp-cum-iv-2023-co"),
                CampaignId.of(CLUSTER, 2023), 2023, CONFERENCE_EVENTS.flagRoundClosed().title(), CONFERENCE_EVENTS.flagRoundClosed().rule(), 6, 6, true,
                List.of(), false, CONFERENCE);

        UnitAdmitted otherCluster = new UnitAdmitted(new ClusterId("btp-cum-khac"), "Cụm thi đua khác (minh họa)", HTQT.unit(), 2022);

        assertThat(YearSummaryFold.apply(state, otherYear)).isSameAs(state);
        assertThat(YearSummaryFold.apply(state, otherCluster)).isSameAs(state);
    }
}
