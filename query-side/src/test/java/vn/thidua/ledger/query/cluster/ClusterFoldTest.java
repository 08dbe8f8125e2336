package vn.thidua.ledger.query.cluster;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBER_UNITS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.APPOINTMENT_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.DEPUTY_HEAD_2023;
import static vn.thidua.ledger.fixtures.Conference2022.HEAD_2023;

/** Cluster IV as formed in 2022 (module cluster-iv-2022); the admission and the withdrawal are illustrative. */
class ClusterFoldTest {

    private static final ClusterIv2022Events YEAR = ClusterIv2022Events.CANONICAL;

    @Test
    void foldsFormationAdmissionWithdrawalAndLeadershipIntoOneView() {
        ClusterView view = ClusterFold.apply(null, YEAR.formed());
        view = ClusterFold.apply(view, new UnitAdmitted(CLUSTER, CLUSTER_NAME, OUTSIDER, 2022));
        view = ClusterFold.apply(view, new UnitWithdrawn(CLUSTER, CLUSTER_NAME, THADS.unit(), 2024, "Sáp nhập (minh họa)"));
        view = ClusterFold.apply(view, YEAR.leadership(2023, HEAD_2023.unit(), DEPUTY_HEAD_2023.unit(), APPOINTMENT_NUMBER));

        List<UnitRef> members = new ArrayList<>(MEMBER_UNITS);
        members.add(OUTSIDER);
        assertThat(view.name()).isEqualTo(CLUSTER_NAME);
        assertThat(view.members()).extracting(ClusterView.Membership::unitId, ClusterView.Membership::untilYear)
                                  .containsExactlyElementsOf(members.stream().map(unit -> tuple(unit.id().value(),
                                          unit.equals(THADS.unit()) ? 2024 : null)).toList());
        assertThat(view.members().get(1).unitId()).isEqualTo(THADS.id());
        assertThat(view.members().get(1).isMemberIn(2023)).isTrue();
        assertThat(view.members().get(1).isMemberIn(2024)).isFalse();
        assertThat(view.leadership()).singleElement().satisfies(l -> {
            assertThat(l.year()).isEqualTo(2023);
            assertThat(l.headName()).isEqualTo(HTQT.name());
            assertThat(l.deputyUnitId()).isEqualTo(THADS.id());
            assertThat(l.decisionNumber()).isEqualTo(APPOINTMENT_NUMBER);
        });
    }

    @Test
    void aLaterAppointmentForTheSameYearReplacesTheEarlierOne() {
        ClusterView view = ClusterFold.apply(null, YEAR.formed());
        view = ClusterFold.apply(view, YEAR.leadership(2023, HTQT.unit(), THADS.unit(), "1/QĐ-BTP"));
        view = ClusterFold.apply(view, YEAR.leadership(2023, THADS.unit(), HTQT.unit(), "2/QĐ-BTP"));

        assertThat(view.leadership()).extracting(ClusterView.Leadership::decisionNumber).containsExactly("2/QĐ-BTP");
    }

    @Test
    void theHandoverIsShownOnTheIncomingHeadsYear() {
        ClusterView view = ClusterFold.apply(null, YEAR.formed());
        view = ClusterFold.apply(view, YEAR.leadership(2022, Conference2022.HEAD_2022.unit(),
                Conference2022.DEPUTY_HEAD_2022.unit(), Conference2022.APPOINTMENT_2022_NUMBER));
        view = ClusterFold.apply(view, YEAR.leadership(2023, HEAD_2023.unit(), DEPUTY_HEAD_2023.unit(), APPOINTMENT_NUMBER));
        view = ClusterFold.apply(view, YEAR.conference().handover());

        assertThat(view.leadership()).extracting(ClusterView.Leadership::year, ClusterView.Leadership::handedOverOn)
                                     .containsExactly(tuple(2022, null), tuple(2023, CONFERENCE));
    }
}
