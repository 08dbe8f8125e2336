package vn.thidua.ledger.command.cluster;

import vn.thidua.ledger.command.fixtures.Snapshots;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBER_UNITS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.fixtures.Conference2022.APPOINTMENT_NUMBER;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.cluster.LeadershipAppointed;
import vn.thidua.ledger.events.cluster.UnitAdmitted;
import vn.thidua.ledger.events.cluster.UnitWithdrawn;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.UnitRef;

class EmulationClusterTest {

    private AggregateTestFixture<EmulationCluster> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(EmulationCluster.class);
        fixture.registerInjectableResource(Rules.CATALOG);
    }

    @Test
    void formsAClusterWithItsMemberUnits() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, CLUSTER_NAME, 2022, MEMBER_UNITS))
                .expectEvents(new ClusterFormed(CLUSTER, CLUSTER_NAME, 2022, MEMBER_UNITS));
    }

    @Test
    void cannotFormTheSameClusterTwice() {
        fixture.given(CANONICAL.formed())
                .when(new FormCluster(CLUSTER, CLUSTER_NAME, 2022, MEMBER_UNITS))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterWithoutAName() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, " ", 2022, MEMBER_UNITS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterWithoutUnits() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, CLUSTER_NAME, 2022, List.of()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterListingAUnitTwice() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, CLUSTER_NAME, 2022, List.of(MINH_HOA_A.unit(), MINH_HOA_A.unit())))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotFormAClusterInAnImplausibleYear() {
        fixture.givenNoPriorActivity()
                .when(new FormCluster(CLUSTER, CLUSTER_NAME, 22, MEMBER_UNITS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void admitsAUnitFromAYear() {
        fixture.given(CANONICAL.formed())
                .when(new AdmitUnit(CLUSTER, OUTSIDER, 2023))
                .expectEvents(new UnitAdmitted(CLUSTER, CLUSTER_NAME, OUTSIDER, 2023));
    }

    @Test
    void cannotAdmitAUnitThatIsAlreadyAMember() {
        fixture.given(CANONICAL.formed())
                .when(new AdmitUnit(CLUSTER, MINH_HOA_A.unit(), 2023))
                .expectException(rejectedWith(ErrorCode.UNIT_ALREADY_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotAdmitAUnitWithoutItsName() {
        fixture.given(CANONICAL.formed())
                .when(new AdmitUnit(CLUSTER, new UnitRef(OUTSIDER.id(), ""), 2023))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void readmitsAUnitAfterItWithdrew() {
        fixture.given(CANONICAL.formed(), new UnitWithdrawn(CLUSTER, CLUSTER_NAME, MINH_HOA_A.unit(), 2023, "Tổ chức lại"))
                .when(new AdmitUnit(CLUSTER, MINH_HOA_A.unit(), 2025))
                .expectEvents(new UnitAdmitted(CLUSTER, CLUSTER_NAME, MINH_HOA_A.unit(), 2025));
    }

    @Test
    void withdrawsAMemberFromAYearWithTheReason() {
        fixture.given(CANONICAL.formed())
                .when(new WithdrawUnit(CLUSTER, MINH_HOA_A.unit().id(), 2023, "Chuyển sang cụm khác"))
                .expectEvents(new UnitWithdrawn(CLUSTER, CLUSTER_NAME, MINH_HOA_A.unit(), 2023, "Chuyển sang cụm khác"));
    }

    @Test
    void cannotWithdrawAUnitThatIsNotAMember() {
        fixture.given(CANONICAL.formed())
                .when(new WithdrawUnit(CLUSTER, OUTSIDER.id(), 2023, "Chuyển sang cụm khác"))
                .expectException(rejectedWith(ErrorCode.UNIT_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotWithdrawAUnitWithoutAReason() {
        fixture.given(CANONICAL.formed())
                .when(new WithdrawUnit(CLUSTER, MINH_HOA_A.unit().id(), 2023, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void appointsTheHeadAndDeputyHeadForAYearByDecision() {
        fixture.given(CANONICAL.formed())
                .when(new AppointLeadership(CLUSTER, 2023, HTQT.unit().id(),
                        THADS.unit().id(), APPOINTMENT_NUMBER, CONFERENCE, null))
                .expectEvents(new LeadershipAppointed(CLUSTER, CLUSTER_NAME, 2023, HTQT.unit(),
                        THADS.unit(), DecisionId.of(2022, APPOINTMENT_NUMBER), APPOINTMENT_NUMBER));
    }

    @Test
    void cannotAppointTheSameUnitAsHeadAndDeputy() {
        fixture.given(CANONICAL.formed())
                .when(new AppointLeadership(CLUSTER, 2023, HTQT.unit().id(),
                        HTQT.unit().id(), APPOINTMENT_NUMBER, CONFERENCE, null))
                .expectException(rejectedWith(ErrorCode.HEAD_IS_DEPUTY))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("R11"))
                .expectNoEvents();
    }

    /** A 2024 campaign launched with a DOSSIER_RECEIVED override stayed on rule set v1: so does its appointment. */
    @Test
    void anAppointmentsRefusalCitesTheVersionItsYearsCampaignChose() {
        fixture.given(CANONICAL.formed())
                .when(new AppointLeadership(CLUSTER, 2024, HTQT.unit().id(), HTQT.unit().id(), "01/QĐ-BTP",
                        LocalDate.of(2024, 1, 2), new ChosenRuleVersion("btp-thidua", 1)))
                .expectException(rejectedWith(ErrorCode.HEAD_IS_DEPUTY))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("btp-thidua v1"))
                .expectNoEvents();
    }

    @Test
    void withoutACampaignForTheYearAnAppointmentCitesTheYearsDefault() {
        fixture.given(CANONICAL.formed())
                .when(new AppointLeadership(CLUSTER, 2024, HTQT.unit().id(), HTQT.unit().id(), "01/QĐ-BTP",
                        LocalDate.of(2024, 1, 2), null))
                .expectException(rejectedWith(ErrorCode.HEAD_IS_DEPUTY))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("btp-thidua v2"))
                .expectNoEvents();
    }

    @Test
    void cannotAppointAUnitThatIsNotAMemberThatYear() {
        fixture.given(CANONICAL.formed(), new UnitWithdrawn(CLUSTER, CLUSTER_NAME, MINH_HOA_A.unit(), 2023, "Tổ chức lại"))
                .when(new AppointLeadership(CLUSTER, 2023, HTQT.unit().id(), MINH_HOA_A.unit().id(),
                        APPOINTMENT_NUMBER, CONFERENCE, null))
                .expectException(rejectedWith(ErrorCode.UNIT_NOT_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotAppointLeadershipTwiceForTheSameYear() {
        fixture.given(CANONICAL.formed(), new LeadershipAppointed(CLUSTER, CLUSTER_NAME, 2023, HTQT.unit(),
                        THADS.unit(), DecisionId.of(2022, APPOINTMENT_NUMBER), APPOINTMENT_NUMBER))
                .when(new AppointLeadership(CLUSTER, 2023, CVDCXDPL.unit().id(),
                        THADS.unit().id(), "3000/QĐ-BTP", CONFERENCE, null))
                .expectException(rejectedWith(ErrorCode.LEADERSHIP_ALREADY_APPOINTED))
                .expectNoEvents();
    }

    @Test
    void cannotAppointLeadershipWithoutAUsableDecisionNumber() {
        fixture.given(CANONICAL.formed())
                .when(new AppointLeadership(CLUSTER, 2023, HTQT.unit().id(),
                        THADS.unit().id(), "//", CONFERENCE, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void theDecisionIdOfAnAppointmentIsItsNumberInTheYearItWasSigned() {
        fixture.given(CANONICAL.formed())
                .when(new AppointLeadership(CLUSTER, 2024, HTQT.unit().id(), THADS.unit().id(), "01/QĐ-BTP",
                        LocalDate.of(2024, 1, 2), null))
                .expectEvents(new LeadershipAppointed(CLUSTER, CLUSTER_NAME, 2024, HTQT.unit(), THADS.unit(),
                        new DecisionId("2024_01-QDd-BTP"), "01/QĐ-BTP"));
    }

    @Test
    void cannotAppointLeadershipWithoutTheDateItsDecisionWasSigned() {
        fixture.given(CANONICAL.formed())
                .when(new AppointLeadership(CLUSTER, 2023, HTQT.unit().id(), THADS.unit().id(), APPOINTMENT_NUMBER,
                        null, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void itsStateSurvivesASnapshot() {
        EmulationCluster cluster = new EmulationCluster();
        cluster.on(CANONICAL.formed());
        cluster.on(new UnitWithdrawn(CLUSTER, CLUSTER_NAME, MINH_HOA_A.unit(), 2023, "Tổ chức lại"));
        cluster.on(new LeadershipAppointed(CLUSTER, CLUSTER_NAME, 2023, HTQT.unit(), THADS.unit(),
                DecisionId.of(2022, APPOINTMENT_NUMBER), APPOINTMENT_NUMBER));
        Snapshots.assertSurvivesJackson(cluster);
    }
}
