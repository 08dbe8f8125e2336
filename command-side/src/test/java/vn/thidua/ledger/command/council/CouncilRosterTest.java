package vn.thidua.ledger.command.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.command.fixtures.Council2022.COUNCIL_ID;
import static vn.thidua.ledger.command.fixtures.Council2022.ESTABLISHED_ON;
import static vn.thidua.ledger.command.fixtures.Council2022.MEMBERS;
import static vn.thidua.ledger.command.fixtures.Council2022.established;
import static vn.thidua.ledger.fixtures.ClusterIv2022.SECRETARIAT_UNIT;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Nominations2022;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.council.CouncilMember;
import vn.thidua.ledger.events.council.CouncilMemberAppointed;
import vn.thidua.ledger.events.council.CouncilMemberRelieved;
import vn.thidua.ledger.events.council.CouncilRole;
import vn.thidua.ledger.events.council.GrassrootsThresholdSet;
import vn.thidua.ledger.events.nomination.Voter;

/** R7: a round's total membership is the roster of the day it opens; the council's threshold is the one in force then. */
class CouncilRosterTest {

    private static final LocalDate MARCH = LocalDate.of(2022, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2022, 6, 1);
    private static final CouncilMember NEWCOMER = new CouncilMember(new VoterId("hd-11"),
            "Thành viên Hội đồng 11 (minh họa)", SECRETARIAT_UNIT, CouncilRole.MEMBER);

    private static Council councilWithChanges() {
        Council council = new Council();
        council.on(established());
        council.on(new CouncilMemberRelieved(COUNCIL_ID, MEMBERS.get(9), "39/QĐ-BTP", MARCH));
        council.on(new CouncilMemberAppointed(COUNCIL_ID, NEWCOMER, "40/QĐ-BTP", JUNE));
        return council;
    }

    @Test
    void theRosterOnTheDayOfEstablishmentIsTheEstablishingDecisions() {
        CouncilRoster roster = councilWithChanges().rosterOn(ESTABLISHED_ON);
        assertThat(roster.voters()).isEqualTo(Nominations2022.COUNCIL);
        assertThat(roster.totalMembership()).isEqualTo(10);
        assertThat(roster.asOf()).isEqualTo(ESTABLISHED_ON);
        assertThat(roster.grassrootsThreshold()).isNull();
    }

    @Test
    void aRelievedMemberNoLongerCountsFromTheDayTheyWereRelieved() {
        Council council = councilWithChanges();
        assertThat(council.rosterOn(MARCH.minusDays(1)).totalMembership()).isEqualTo(10);
        assertThat(council.rosterOn(MARCH).totalMembership()).isEqualTo(9);
        assertThat(council.rosterOn(MARCH).voters()).extracting(Voter::voterId)
                .doesNotContain(MEMBERS.get(9).voterId());
    }

    @Test
    void anAppointedMemberCountsFromTheDayOfTheDecision() {
        Council council = councilWithChanges();
        assertThat(council.rosterOn(JUNE.minusDays(1)).voters()).extracting(Voter::voterId)
                .doesNotContain(NEWCOMER.voterId());
        assertThat(council.rosterOn(JUNE).voters()).extracting(Voter::voterId).contains(NEWCOMER.voterId());
        assertThat(council.rosterOn(JUNE).totalMembership()).isEqualTo(10);
    }

    @Test
    void theCouncilHasNoRosterBeforeItWasEstablished() {
        assertThatThrownBy(() -> councilWithChanges().rosterOn(ESTABLISHED_ON.minusDays(1)))
                .isInstanceOfSatisfying(DomainRejection.class,
                        rejection -> assertThat(rejection.code()).isEqualTo(ErrorCode.COUNCIL_NOT_SITTING));
    }

    @Test
    void theThresholdOfADayIsTheLatestInForceThatDay() {
        Council council = councilWithChanges();
        council.on(new GrassrootsThresholdSet(COUNCIL_ID, new BigDecimal("0.75"), "2/QĐ-HĐTĐKT", MARCH));
        council.on(new GrassrootsThresholdSet(COUNCIL_ID, new BigDecimal("0.8"), "5/QĐ-HĐTĐKT", JUNE));
        assertThat(council.rosterOn(MARCH.minusDays(1)).grassrootsThreshold()).isNull();
        assertThat(council.rosterOn(MARCH).grassrootsThreshold())
                .isEqualTo(new CouncilThreshold(new BigDecimal("0.75"), "2/QĐ-HĐTĐKT", MARCH));
        assertThat(council.rosterOn(JUNE.plusDays(1)).grassrootsThreshold().ratio())
                .isEqualByComparingTo(new BigDecimal("0.8"));
    }
}
