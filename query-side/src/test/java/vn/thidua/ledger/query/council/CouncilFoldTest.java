package vn.thidua.ledger.query.council;

import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.common.CouncilId;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilEstablished;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.query.council.CouncilRoster.Sitting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.SECRETARIAT_UNIT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

/** The council fold without a store: what each event makes of its document, and the roster read from them. */
class CouncilFoldTest {

    private static final CouncilId COUNCIL = new CouncilId("vu-tdkt-hdtdkt");
    private static final LocalDate ON = LocalDate.of(2024, 3, 1);
    private static final CouncilMember CHAIR = new CouncilMember(new VoterId("c-1"), "Chủ tịch (minh họa)",
                                                                 SECRETARIAT_UNIT, CouncilRole.CHAIR);
    private static final CouncilMember STANDING = new CouncilMember(new VoterId("c-2"), "Thường trực (minh họa)",
                                                                    SECRETARIAT_UNIT, CouncilRole.STANDING_MEMBER);
    private static final CouncilMember MEMBER = new CouncilMember(new VoterId("c-3"), "Ủy viên (minh họa)",
                                                                  HTQT.unit(), CouncilRole.MEMBER);
    private static final CouncilEstablished ESTABLISHED = new CouncilEstablished(COUNCIL, "Hội đồng (minh họa)",
            SECRETARIAT_UNIT, "MH-1/QĐ", ON, List.of(CHAIR, STANDING, MEMBER));

    @Test
    void theEstablishmentCountsItsFirstSeatsAndNumbersThemInTheDecisionsOrder() {
        CouncilRecord council = CouncilFold.established(ESTABLISHED);

        assertThat(council.seats()).isEqualTo(3);
        assertThat(council.thresholds()).isZero();
        assertThat(CouncilFold.firstSeats(ESTABLISHED)).extracting(CouncilSeat::number, CouncilSeat::voterId)
                .containsExactly(tuple(1, "c-1"),
                                 tuple(2, "c-2"),
                                 tuple(3, "c-3"));
        assertThat(CouncilFold.firstSeats(ESTABLISHED)).allSatisfy(seat -> {
            assertThat(seat.appointedBy()).isEqualTo("MH-1/QĐ");
            assertThat(seat.from()).isEqualTo(ON);
            assertThat(seat.sitting()).isTrue();
        });
    }

    @Test
    void anAppointmentOpensTheNextSeatAndAThresholdTheNextNumber() {
        CouncilRecord council = CouncilFold.established(ESTABLISHED);
        CouncilMember newcomer = new CouncilMember(new VoterId("c-4"), "Ủy viên mới (minh họa)", THADS.unit(),
                                                   CouncilRole.MEMBER);

        CouncilSeat seat = CouncilFold.appointed(council, new CouncilMemberAppointed(COUNCIL, newcomer, "MH-2/QĐ",
                                                                                     ON.plusDays(3)));
        CouncilThresholdEntry threshold = CouncilFold.threshold(council.withSeats(4),
                new GrassrootsThresholdSet(COUNCIL, new BigDecimal("0.7"), "MH-3/QĐ", ON));

        assertThat(seat.number()).isEqualTo(4);
        assertThat(seat.unitName()).isEqualTo(THADS.name());
        assertThat(threshold.number()).isEqualTo(1);
    }

    @Test
    void aReliefEndsOnlyTheSittingSeatOfItsMember() {
        List<CouncilSeat> seats = List.of(
                new CouncilSeat(COUNCIL.value(), 1, "c-3", "Ủy viên", HTQT.id(), HTQT.name(), CouncilRole.MEMBER,
                                ON, "MH-1/QĐ", ON.plusDays(1), "MH-2/QĐ"),
                new CouncilSeat(COUNCIL.value(), 2, "c-3", "Ủy viên", HTQT.id(), HTQT.name(), CouncilRole.MEMBER,
                                ON.plusDays(5), "MH-3/QĐ", null, null));

        CouncilSeat relieved = CouncilFold.relieved(seats, new CouncilMemberRelieved(COUNCIL, MEMBER, "MH-4/QĐ",
                                                                                     ON.plusDays(9))).orElseThrow();

        assertThat(relieved.number()).isEqualTo(2);
        assertThat(relieved.until()).isEqualTo(ON.plusDays(9));
        assertThat(relieved.relievedBy()).isEqualTo("MH-4/QĐ");
        assertThat(CouncilFold.relieved(seats.subList(0, 1), new CouncilMemberRelieved(COUNCIL, MEMBER, "MH-4/QĐ",
                                                                                       ON.plusDays(9)))).isEmpty();
    }

    @Test
    void theRosterListsSeatsInTheOrderOfTheirDecisionsWhateverOrderTheyWereRead() {
        CouncilRecord council = CouncilFold.established(ESTABLISHED);
        List<CouncilSeat> seats = CouncilFold.firstSeats(ESTABLISHED);
        CouncilSeat later = new CouncilSeat(COUNCIL.value(), 4, "c-4", "Ủy viên (minh họa)", THADS.id(), THADS.name(),
                                            CouncilRole.MEMBER, ON, "MH-2/QĐ", null, null);

        CouncilRoster roster = CouncilFold.rosterOn(council, List.of(later, seats.get(2), seats.get(1), seats.get(0)),
                                                    List.of(), ON);

        assertThat(roster.members()).extracting(Sitting::voterId).containsExactly("c-3", "c-4");
        assertThat(roster.chair().voterId()).isEqualTo("c-1");
        assertThat(roster.totalMembership()).isEqualTo(4);
    }

    @Test
    void aThresholdNotYetInForceIsNotShownAndOfOneDayTheLaterRecordedWinsWhateverOrderRead() {
        CouncilRecord council = CouncilFold.established(ESTABLISHED);
        CouncilThresholdEntry first = new CouncilThresholdEntry(COUNCIL.value(), 1, new BigDecimal("0.6"), "MH-5/QĐ", ON);
        CouncilThresholdEntry second = new CouncilThresholdEntry(COUNCIL.value(), 2, new BigDecimal("0.8"), "MH-6/QĐ", ON);
        CouncilThresholdEntry future = new CouncilThresholdEntry(COUNCIL.value(), 3, new BigDecimal("0.9"), "MH-7/QĐ",
                                                                 ON.plusDays(1));

        CouncilRoster roster = CouncilFold.rosterOn(council, CouncilFold.firstSeats(ESTABLISHED),
                                                    List.of(future, second, first), ON);

        assertThat(roster.grassrootsThreshold().decisionNumber()).isEqualTo("MH-6/QĐ");
        assertThat(roster.grassrootsThreshold().ratio()).isEqualByComparingTo("0.8");
    }

    @Test
    void theIndexListsEachCouncilOnceInTheOrderEstablished() {
        CouncilIndex index = CouncilIndex.with(CouncilIndex.with(CouncilIndex.with(null, "a"), "b"), "a");

        assertThat(index.councilIds()).containsExactly("a", "b");
    }
}
