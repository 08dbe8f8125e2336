package vn.thidua.ledger.command.cluster;

import vn.thidua.ledger.command.fixtures.Snapshots;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CIVIL_JUDGMENT_ENFORCEMENT;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.GENERAL_ISSUES_ON_LAW_MAKING;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.ILLUSTRATIVE_A;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.INTERNATIONAL_COOPERATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.NAME;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.formed;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.UnitRef;

class EmulationClusterTest {

    private static final String APPOINTMENT = "3456/QĐ-BTP";

    private AggregateTestFixture<EmulationCluster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmulationCluster.class);
        fixture.registerInjectableResource(Rules.CATALOG);
    }

    @Test
    void formsAClusterWithItsMemberUnits() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, NAME, 2022, MEMBERS))
                .expectEvents(new ClusterFormed(CLUSTER, NAME, 2022, MEMBERS));
    }

    @Test
    void cannotFormTheSameClusterTwice() {
        fixture.given(formed())
                .when(new FormCluster(CLUSTER, NAME, 2022, MEMBERS))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, " ", 2022, MEMBERS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterWithoutUnits() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, NAME, 2022, List.of()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterListingAUnitTwice() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, NAME, 2022, List.of(ILLUSTRATIVE_A, ILLUSTRATIVE_A)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterInAnImplausibleYear() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, NAME, 22, MEMBERS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void admitsAUnitFromAYear() {
        fixture.given(formed())
                .when(new AdmitUnit(CLUSTER, OUTSIDER, 2023))
                .expectEvents(new UnitAdmitted(CLUSTER, NAME, OUTSIDER, 2023));
    }

    @Test
    void cannotAdmitAUnitThatIsAlreadyAMember() {
        fixture.given(formed())
                .when(new AdmitUnit(CLUSTER, ILLUSTRATIVE_A, 2023))
                .expectException(rejectedWith(ErrorCode.UNIT_ALREADY_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotAdmitAUnitWithoutItsName() {
        fixture.given(formed())
                .when(new AdmitUnit(CLUSTER, new UnitRef(OUTSIDER.id(), ""), 2023))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void readmitsAUnitAfterItWithdrew() {
        fixture.given(formed(), new UnitWithdrawn(CLUSTER, NAME, ILLUSTRATIVE_A, 2023, "Tổ chức lại"))
                .when(new AdmitUnit(CLUSTER, ILLUSTRATIVE_A, 2025))
                .expectEvents(new UnitAdmitted(CLUSTER, NAME, ILLUSTRATIVE_A, 2025));
    }

    @Test
    void withdrawsAMemberFromAYearWithTheReason() {
        fixture.given(formed())
                .when(new WithdrawUnit(CLUSTER, ILLUSTRATIVE_A.id(), 2023, "Chuyển sang cụm khác"))
                .expectEvents(new UnitWithdrawn(CLUSTER, NAME, ILLUSTRATIVE_A, 2023, "Chuyển sang cụm khác"));
    }

    @Test
    void cannotWithdrawAUnitThatIsNotAMember() {
        fixture.given(formed())
                .when(new WithdrawUnit(CLUSTER, OUTSIDER.id(), 2023, "Chuyển sang cụm khác"))
                .expectException(rejectedWith(ErrorCode.UNIT_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAUnitWithoutAReason() {
        fixture.given(formed())
                .when(new WithdrawUnit(CLUSTER, ILLUSTRATIVE_A.id(), 2023, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void appointsTheHeadAndDeputyHeadForAYearByDecision() {
        fixture.given(formed())
                .when(new AppointLeadership(CLUSTER, 2023, INTERNATIONAL_COOPERATION.id(),
                        CIVIL_JUDGMENT_ENFORCEMENT.id(), APPOINTMENT))
                .expectEvents(new LeadershipAppointed(CLUSTER, NAME, 2023, INTERNATIONAL_COOPERATION,
                        CIVIL_JUDGMENT_ENFORCEMENT, new DecisionId("3456-QD-BTP"), APPOINTMENT));
    }

    @Test
    void cannotAppointTheSameUnitAsHeadAndDeputy() {
        fixture.given(formed())
                .when(new AppointLeadership(CLUSTER, 2023, INTERNATIONAL_COOPERATION.id(),
                        INTERNATIONAL_COOPERATION.id(), APPOINTMENT))
                .expectException(rejectedWith(ErrorCode.HEAD_IS_DEPUTY))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("R11"))
                .expectNoEvents();
    }

    @Test
    void cannotAppointAUnitThatIsNotAMemberThatYear() {
        fixture.given(formed(), new UnitWithdrawn(CLUSTER, NAME, ILLUSTRATIVE_A, 2023, "Tổ chức lại"))
                .when(new AppointLeadership(CLUSTER, 2023, INTERNATIONAL_COOPERATION.id(), ILLUSTRATIVE_A.id(),
                        APPOINTMENT))
                .expectException(rejectedWith(ErrorCode.UNIT_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotAppointLeadershipTwiceForTheSameYear() {
        fixture.given(formed(), new LeadershipAppointed(CLUSTER, NAME, 2023, INTERNATIONAL_COOPERATION,
                        CIVIL_JUDGMENT_ENFORCEMENT, new DecisionId("3456-QD-BTP"), APPOINTMENT))
                .when(new AppointLeadership(CLUSTER, 2023, GENERAL_ISSUES_ON_LAW_MAKING.id(),
                        CIVIL_JUDGMENT_ENFORCEMENT.id(), "3457/QĐ-BTP"))
                .expectException(rejectedWith(ErrorCode.LEADERSHIP_ALREADY_APPOINTED))
                .expectNoEvents();
    }

    @Test
    void cannotAppointLeadershipWithoutAUsableDecisionNumber() {
        fixture.given(formed())
                .when(new AppointLeadership(CLUSTER, 2023, INTERNATIONAL_COOPERATION.id(),
                        CIVIL_JUDGMENT_ENFORCEMENT.id(), "//"))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void itsStateSurvivesASnapshot() {
        EmulationCluster cluster = new EmulationCluster();
        cluster.on(formed());
        cluster.on(new UnitWithdrawn(CLUSTER, NAME, ILLUSTRATIVE_A, 2023, "Tổ chức lại"));
        cluster.on(new LeadershipAppointed(CLUSTER, NAME, 2023, INTERNATIONAL_COOPERATION, CIVIL_JUDGMENT_ENFORCEMENT,
                new DecisionId("3456-QD-BTP"), APPOINTMENT));
        Snapshots.assertSurvivesJackson(cluster);
    }
}
