package vn.thidua.ledger.command.cluster;

import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.fixtures.Conference2022.APPOINTMENT_2022_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.APPOINTMENT_NUMBER;
import static vn.thidua.ledger.fixtures.Conference2022.DEPUTY_HEAD_2022;
import static vn.thidua.ledger.fixtures.Conference2022.DEPUTY_HEAD_2023;
import static vn.thidua.ledger.fixtures.Conference2022.HEAD_2022;
import static vn.thidua.ledger.fixtures.Conference2022.HEAD_2023;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.fixtures.Snapshots;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/** R11, the handover: Cluster IV's 2022 head hands over to the 2023 head at the conference of 9 Dec 2022. */
class LeadershipHandoverTest {

    private static final LeadershipAppointed LEADERSHIP_2022 = CANONICAL.leadership(2022, HEAD_2022.unit(),
            DEPUTY_HEAD_2022.unit(), APPOINTMENT_2022_NUMBER);
    private static final LeadershipAppointed LEADERSHIP_2023 = CANONICAL.leadership(2023, HEAD_2023.unit(),
            DEPUTY_HEAD_2023.unit(), APPOINTMENT_NUMBER);

    private AggregateTestFixture<EmulationCluster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmulationCluster.class);
        fixture.registerInjectableResource(Rules.CATALOG);
    }

    @Test
    void theOutgoingHeadHandsOverToTheIncomingHead() {
        fixture.given(CANONICAL.formed(), LEADERSHIP_2022, LEADERSHIP_2023)
                .when(new HandOverLeadership(ClusterIv2022.CLUSTER, 2023, CONFERENCE))
                .expectEvents(CANONICAL.conference().handover());
    }

    @Test
    void cannotHandOverBeforeTheIncomingHeadIsAppointed() {
        fixture.given(CANONICAL.formed(), LEADERSHIP_2022)
                .when(new HandOverLeadership(ClusterIv2022.CLUSTER, 2023, CONFERENCE))
                .expectException(rejectedWith(ErrorCode.LEADERSHIP_NOT_APPOINTED))
                .expectNoEvents();
    }

    @Test
    void cannotHandOverWithoutAnOutgoingHead() {
        fixture.given(CANONICAL.formed(), LEADERSHIP_2023)
                .when(new HandOverLeadership(ClusterIv2022.CLUSTER, 2023, CONFERENCE))
                .expectException(rejectedWith(ErrorCode.LEADERSHIP_NOT_APPOINTED))
                .expectNoEvents();
    }

    @Test
    void cannotHandOverTheSameYearTwice() {
        fixture.given(CANONICAL.formed(), LEADERSHIP_2022, LEADERSHIP_2023, CANONICAL.conference().handover())
                .when(new HandOverLeadership(ClusterIv2022.CLUSTER, 2023, CONFERENCE))
                .expectException(rejectedWith(ErrorCode.LEADERSHIP_ALREADY_HANDED_OVER))
                .expectNoEvents();
    }

    @Test
    void cannotHandOverWithoutADate() {
        fixture.given(CANONICAL.formed(), LEADERSHIP_2022, LEADERSHIP_2023)
                .when(new HandOverLeadership(ClusterIv2022.CLUSTER, 2023, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void theHeadsAndHandoversSurviveASnapshot() {
        EmulationCluster cluster = new EmulationCluster();
        cluster.on(CANONICAL.formed());
        cluster.on(new UnitWithdrawn(ClusterIv2022.CLUSTER, ClusterIv2022.CLUSTER_NAME, MINH_HOA_A.unit(), 2024,
                "Tổ chức lại (minh họa)"));
        cluster.on(LEADERSHIP_2022);
        cluster.on(LEADERSHIP_2023);
        cluster.on(CANONICAL.conference().handover());
        Snapshots.assertSurvivesJackson(cluster);
    }
}
