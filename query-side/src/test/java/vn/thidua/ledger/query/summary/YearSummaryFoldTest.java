package vn.thidua.ledger.query.summary;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.query.summary.YearSummaryState.DecisionRow;
import vn.thidua.ledger.query.summary.YearSummaryView.UnitCoverage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.query.testsupport.ClusterIvYear2022.*;

class YearSummaryFoldTest {

    /** The 2022 year of Cluster IV up to the 9 Dec 2022 conference and the closing. */
    private static List<Object> year2022() {
        return List.of(formed(), leadership(2022, THADS, HTQT, "3/QĐ-BTP"), launched(),
                       unitPledge(HTQT, 2), unitPledge(THADS, 3), unitPledge(PLCHUNG, 1), unitPledge(TDKT, 1),
                       personPledge("cc-1", HTQT), personPledge("cc-2", HTQT), personPledge("cc-3", THADS),
                       personPledge("cc-4", THADS), personPledge("cc-5", THADS), personPledge("cc-6", PLCHUNG),
                       personPledge("cc-7", TDKT), personPledge("cc-8", TDKT), withdrawn("cc-8"),
                       covenant(HTQT), covenant(THADS), covenant(PLCHUNG), ranking(), flagRoundOpened(),
                       flagRoundClosed(), flagProposal(), appointment2023(), leadership(2023, HTQT, PLCHUNG, APPOINTMENT_NUMBER),
                       closed());
    }

    private static YearSummaryView fold(List<Object> events) {
        YearSummaryFold.InMemory fold = new YearSummaryFold.InMemory(YearSummaryState.template(CLUSTER.value()));
        events.forEach(fold::apply);
        return YearSummaryView.of(fold.state());
    }

    @Test
    void theClusterIvSummaryOf2022HasWhatTheConferenceReported() {
        YearSummaryView summary = fold(year2022());

        assertThat(summary.clusterName()).isEqualTo("Cụm thi đua số IV");
        assertThat(summary.year()).isEqualTo(2022);
        assertThat(summary.members()).extracting(YearSummaryView.MemberUnit::unitName)
                                     .containsExactly("Vụ Hợp tác quốc tế", "Tổng cục Thi hành án dân sự",
                                                      "Vụ Các vấn đề chung về xây dựng pháp luật", "Vụ Thi đua – Khen thưởng");
        assertThat(summary.leadership().headName()).isEqualTo("Tổng cục Thi hành án dân sự");
        assertThat(summary.nextYearLeadership().headName()).isEqualTo("Vụ Hợp tác quốc tế");
        assertThat(summary.nextYearLeadership().deputyName()).isEqualTo("Vụ Các vấn đề chung về xây dựng pháp luật");
        assertThat(summary.campaign().ruleSetId()).isEqualTo("btp-thidua");
        assertThat(summary.campaign().ruleSetVersion()).isEqualTo(1);
        // 100% of civil servants registered, as the seed says: the withdrawn pledge no longer counts.
        assertThat(summary.pledgeCoverage().unitsRegistered()).isEqualTo(4);
        assertThat(summary.pledgeCoverage().individualsRegistered()).isEqualTo(7);
        assertThat(summary.pledgeCoverage().staff()).isEqualTo(7);
        assertThat(summary.pledgeCoverage().percent()).isEqualByComparingTo(new BigDecimal("100.0"));
        assertThat(summary.pledgeCoverage().units()).extracting(UnitCoverage::unitId, UnitCoverage::individualsRegistered)
                                                    .contains(tuple("vu-tdkt", 1), tuple("tc-thads", 3));
        assertThat(summary.covenant().signed()).isEqualTo(3);
        assertThat(summary.covenant().memberUnits()).isEqualTo(4);
        assertThat(summary.leadingUnits()).containsExactly("Tổng cục Thi hành án dân sự",
                                                           "Vụ Các vấn đề chung về xây dựng pháp luật");
        assertThat(summary.rounds()).singleElement().satisfies(round -> {
            assertThat(round.titleName()).isEqualTo("Cờ thi đua ngành Tư pháp");
            assertThat(round.winners()).containsExactly("Tổng cục Thi hành án dân sự",
                                                        "Vụ Các vấn đề chung về xây dựng pháp luật");
        });
        assertThat(summary.decisions()).extracting(DecisionRow::decisionNumber, DecisionRow::type)
                                       .containsExactly(tuple("25/TTr-CTĐ4", "PROPOSAL"), tuple("15/QĐ-BTP", "APPOINTMENT"));
        assertThat(summary.closing().summary()).startsWith("Cụm thi đua số IV hoàn thành tốt nhiệm vụ năm 2022");
        assertThat(summary.contributingAggregates()).containsExactly("btp-cum-iv", "btp-cum-iv-2022",
                                                                     "btp-cum-iv-2022-co-thi-dua", "25-TTR-CTD4", "15-QD-BTP");
    }

    @Test
    void anAwardOnTheYearsRoundAndItsRevocationAreListedAsDecisionsOfTheYear() {
        List<Object> events = new ArrayList<>(year2022());
        events.add(flagAward());
        events.add(flagRevoked(THADS));

        YearSummaryView summary = fold(events);

        assertThat(summary.decisions()).extracting(DecisionRow::decisionNumber, DecisionRow::type)
                                       .endsWith(tuple("3456/QĐ-BTP", "AWARD"), tuple("789/QĐ-BTP", "REVOCATION"));
        assertThat(summary.decisions().get(summary.decisions().size() - 1).note()).contains("STANDARDS_NOT_MET");
    }

    @Test
    void eventsOfAnotherCampaignOrClusterLeaveTheSummaryUnchanged() {
        YearSummaryState state = YearSummaryState.template(CLUSTER.value());
        for (Object event : List.of(formed(), launched())) {
            state = YearSummaryFold.apply(state, event);
        }
        NominationRoundClosed otherYear = new NominationRoundClosed(new RoundId("btp-cum-iv-2023-co"),
                CampaignId.of(CLUSTER, 2023), 2023, flagRoundClosed().title(), flagRoundClosed().rule(), 4, 4, true,
                List.of(), false, CONFERENCE);

        UnitAdmitted otherCluster = new UnitAdmitted(new ClusterId("btp-cum-khac"), "Cụm thi đua khác (minh họa)", HTQT, 2022);

        assertThat(YearSummaryFold.apply(state, otherYear)).isSameAs(state);
        assertThat(YearSummaryFold.apply(state, otherCluster)).isSameAs(state);
    }
}
