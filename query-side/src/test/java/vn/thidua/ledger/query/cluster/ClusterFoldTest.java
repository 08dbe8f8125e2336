package vn.thidua.ledger.query.cluster;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterFoldTest {

    private static final ClusterId CLUSTER = new ClusterId("btp-cum-iv");
    private static final UnitRef HTQT = new UnitRef(new UnitId("vu-htqt"), "Vụ Hợp tác quốc tế");
    private static final UnitRef THADS = new UnitRef(new UnitId("tc-thads"), "Tổng cục Thi hành án dân sự");
    private static final UnitRef PLCHUNG = new UnitRef(new UnitId("vu-pl-chung"),
                                                       "Vụ Các vấn đề chung về xây dựng pháp luật");

    @Test
    void foldsFormationAdmissionWithdrawalAndLeadershipIntoOneView() {
        ClusterView view = ClusterFold.apply(null, new ClusterFormed(CLUSTER, "Cụm thi đua số IV", 2022,
                                                                     List.of(HTQT, THADS)));
        view = ClusterFold.apply(view, new UnitAdmitted(CLUSTER, "Cụm thi đua số IV", PLCHUNG, 2022));
        view = ClusterFold.apply(view, new UnitWithdrawn(CLUSTER, "Cụm thi đua số IV", THADS, 2024, "Sáp nhập (minh họa)"));
        view = ClusterFold.apply(view, new LeadershipAppointed(CLUSTER, "Cụm thi đua số IV", 2023, HTQT, PLCHUNG,
                                                               DecisionId.ofNumber("15/QĐ-BTP"), "15/QĐ-BTP"));

        assertThat(view.name()).isEqualTo("Cụm thi đua số IV");
        assertThat(view.members()).extracting(ClusterView.Membership::unitId, ClusterView.Membership::untilYear)
                                  .containsExactly(org.assertj.core.groups.Tuple.tuple("vu-htqt", null),
                                                   org.assertj.core.groups.Tuple.tuple("tc-thads", 2024),
                                                   org.assertj.core.groups.Tuple.tuple("vu-pl-chung", null));
        assertThat(view.members().get(1).isMemberIn(2023)).isTrue();
        assertThat(view.members().get(1).isMemberIn(2024)).isFalse();
        assertThat(view.leadership()).singleElement().satisfies(l -> {
            assertThat(l.year()).isEqualTo(2023);
            assertThat(l.headName()).isEqualTo("Vụ Hợp tác quốc tế");
            assertThat(l.deputyUnitId()).isEqualTo("vu-pl-chung");
            assertThat(l.decisionNumber()).isEqualTo("15/QĐ-BTP");
        });
    }

    @Test
    void aLaterAppointmentForTheSameYearReplacesTheEarlierOne() {
        ClusterView view = ClusterFold.apply(null, new ClusterFormed(CLUSTER, "Cụm IV", 2022, List.of(HTQT, THADS)));
        view = ClusterFold.apply(view, new LeadershipAppointed(CLUSTER, "Cụm IV", 2023, HTQT, THADS,
                                                               DecisionId.ofNumber("1/QĐ-BTP"), "1/QĐ-BTP"));
        view = ClusterFold.apply(view, new LeadershipAppointed(CLUSTER, "Cụm IV", 2023, THADS, HTQT,
                                                               DecisionId.ofNumber("2/QĐ-BTP"), "2/QĐ-BTP"));

        assertThat(view.leadership()).extracting(ClusterView.Leadership::decisionNumber).containsExactly("2/QĐ-BTP");
    }
}
