package vn.thidua.ledger.command.council;

import static vn.thidua.ledger.command.fixtures.Council2022.COUNCIL_ID;
import static vn.thidua.ledger.command.fixtures.Council2022.DECISION;
import static vn.thidua.ledger.command.fixtures.Council2022.ESTABLISHED_ON;
import static vn.thidua.ledger.command.fixtures.Council2022.MEMBERS;
import static vn.thidua.ledger.command.fixtures.Council2022.NAME;
import static vn.thidua.ledger.command.fixtures.Council2022.established;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.SECRETARIAT_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;

/** The council's roster changes only by dated decisions, in order, with one chair and one standing member. */
class CouncilTest {

    private static final LocalDate MARCH = LocalDate.of(2022, 3, 1);
    private static final CouncilMember NEWCOMER = new CouncilMember(new VoterId("hd-11"),
            "Thành viên Hội đồng 11 (minh họa)", SECRETARIAT_UNIT, CouncilRole.MEMBER);
    private static final CouncilMember CHAIR = MEMBERS.get(0);

    private AggregateTestFixture<Council> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Council.class);
    }

    private static EstablishCouncil establish(List<CouncilMember> members) {
        return new EstablishCouncil(COUNCIL_ID, NAME, SECRETARIAT_UNIT, DECISION, ESTABLISHED_ON, members);
    }

    private static List<CouncilMember> withRoleOfFirst(CouncilRole role) {
        List<CouncilMember> members = new ArrayList<>(MEMBERS);
        CouncilMember first = members.get(0);
        members.set(0, new CouncilMember(first.voterId(), first.name(), first.unit(), role));
        return members;
    }

    @Test
    void establishesTheCouncilWithItsChairStandingMemberAndMembers() {
        fixture.givenNoPriorActivity()
                .when(establish(MEMBERS))
                .expectEvents(established());
    }

    @Test
    void cannotEstablishACouncilWithoutAChair() {
        fixture.givenNoPriorActivity()
                .when(establish(withRoleOfFirst(CouncilRole.MEMBER)))
                .expectException(rejectedWith(ErrorCode.COUNCIL_CHAIR_AND_STANDING_MEMBER_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotEstablishACouncilWithTwoStandingMembers() {
        fixture.givenNoPriorActivity()
                .when(establish(withRoleOfFirst(CouncilRole.STANDING_MEMBER)))
                .expectException(rejectedWith(ErrorCode.COUNCIL_CHAIR_AND_STANDING_MEMBER_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotEstablishACouncilListingAMemberTwice() {
        List<CouncilMember> twice = new ArrayList<>(MEMBERS);
        twice.add(MEMBERS.get(5));
        fixture.givenNoPriorActivity()
                .when(establish(twice))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotEstablishTheSameCouncilTwice() {
        fixture.given(established())
                .when(establish(MEMBERS))
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void appointsAMemberFromTheDateOfTheDecision() {
        fixture.given(established())
                .when(new AppointCouncilMember(COUNCIL_ID, NEWCOMER, "40/QĐ-BTP", MARCH))
                .expectEvents(new CouncilMemberAppointed(COUNCIL_ID, NEWCOMER, "40/QĐ-BTP", MARCH));
    }

    @Test
    void cannotAppointASecondChairWhileTheChairSits() {
        CouncilMember secondChair = new CouncilMember(NEWCOMER.voterId(), NEWCOMER.name(), NEWCOMER.unit(),
                CouncilRole.CHAIR);
        fixture.given(established())
                .when(new AppointCouncilMember(COUNCIL_ID, secondChair, "40/QĐ-BTP", MARCH))
                .expectException(rejectedWith(ErrorCode.COUNCIL_ROLE_FILLED))
                .expectNoEvents();
    }

    @Test
    void appointsANewChairOnceTheFormerIsRelieved() {
        CouncilMember newChair = new CouncilMember(NEWCOMER.voterId(), NEWCOMER.name(), NEWCOMER.unit(),
                CouncilRole.CHAIR);
        fixture.given(established(), new CouncilMemberRelieved(COUNCIL_ID, CHAIR, "39/QĐ-BTP", MARCH))
                .when(new AppointCouncilMember(COUNCIL_ID, newChair, "40/QĐ-BTP", MARCH))
                .expectEvents(new CouncilMemberAppointed(COUNCIL_ID, newChair, "40/QĐ-BTP", MARCH));
    }

    @Test
    void cannotAppointSomeoneWhoAlreadySits() {
        fixture.given(established())
                .when(new AppointCouncilMember(COUNCIL_ID, MEMBERS.get(4), "40/QĐ-BTP", MARCH))
                .expectException(rejectedWith(ErrorCode.COUNCIL_MEMBER_ALREADY_SITTING))
                .expectNoEvents();
    }

    @Test
    void relievesASittingMemberNamingThemAsAppointed() {
        fixture.given(established())
                .when(new RelieveCouncilMember(COUNCIL_ID, CHAIR.voterId(), "39/QĐ-BTP", MARCH))
                .expectEvents(new CouncilMemberRelieved(COUNCIL_ID, CHAIR, "39/QĐ-BTP", MARCH));
    }

    @Test
    void cannotRelieveSomeoneWhoDoesNotSit() {
        fixture.given(established(), new CouncilMemberRelieved(COUNCIL_ID, CHAIR, "39/QĐ-BTP", MARCH))
                .when(new RelieveCouncilMember(COUNCIL_ID, CHAIR.voterId(), "41/QĐ-BTP", MARCH))
                .expectException(rejectedWith(ErrorCode.COUNCIL_MEMBER_NOT_SITTING))
                .expectNoEvents();
    }

    @Test
    void cannotDateARosterChangeBeforeTheLatestOne() {
        fixture.given(established(), new CouncilMemberAppointed(COUNCIL_ID, NEWCOMER, "40/QĐ-BTP", MARCH))
                .when(new RelieveCouncilMember(COUNCIL_ID, NEWCOMER.voterId(), "41/QĐ-BTP", MARCH.minusDays(1)))
                .expectException(rejectedWith(ErrorCode.COUNCIL_CHANGE_OUT_OF_ORDER))
                .expectNoEvents();
    }

    @Test
    void cannotAppointBeforeTheCouncilWasEstablished() {
        fixture.given(established())
                .when(new AppointCouncilMember(COUNCIL_ID, NEWCOMER, "40/QĐ-BTP", ESTABLISHED_ON.minusDays(1)))
                .expectException(rejectedWith(ErrorCode.COUNCIL_CHANGE_OUT_OF_ORDER))
                .expectNoEvents();
    }

    @Test
    void setsItsGrassrootsThresholdFromADate() {
        fixture.given(established())
                .when(new SetGrassrootsThreshold(COUNCIL_ID, new BigDecimal("0.75"), "2/QĐ-HĐTĐKT", MARCH))
                .expectEvents(new GrassrootsThresholdSet(COUNCIL_ID, new BigDecimal("0.75"), "2/QĐ-HĐTĐKT", MARCH));
    }

    @Test
    void aThresholdIsAShareAboveNothingAndAtMostTheWholeCouncil() {
        fixture.given(established())
                .when(new SetGrassrootsThreshold(COUNCIL_ID, BigDecimal.ZERO, "2/QĐ-HĐTĐKT", MARCH))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
        fixture.given(established())
                .when(new SetGrassrootsThreshold(COUNCIL_ID, new BigDecimal("1.1"), "2/QĐ-HĐTĐKT", MARCH))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotSetAThresholdBeforeTheCouncilWasEstablished() {
        fixture.given(established())
                .when(new SetGrassrootsThreshold(COUNCIL_ID, new BigDecimal("0.75"), "2/QĐ-HĐTĐKT",
                        ESTABLISHED_ON.minusDays(1)))
                .expectException(rejectedWith(ErrorCode.COUNCIL_CHANGE_OUT_OF_ORDER))
                .expectNoEvents();
    }

    @Test
    void establishingNeedsADecisionNumber() {
        fixture.givenNoPriorActivity()
                .when(new EstablishCouncil(COUNCIL_ID, NAME, SECRETARIAT_UNIT, " ", ESTABLISHED_ON, MEMBERS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }
}
