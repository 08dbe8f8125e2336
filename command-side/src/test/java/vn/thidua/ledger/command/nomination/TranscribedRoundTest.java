package vn.thidua.ledger.command.nomination;

import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_CANDIDATES;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.Conference2022.FLAG_ROUND;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.Voter;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.WrittenVoteRecorded;

/** A past year's paper round, transcribed years later by the secretariat with the dates of its minutes. */
class TranscribedRoundTest {

    private static final LocalDate TRANSCRIBED_ON = LocalDate.of(2026, 11, 26);
    private static final Voter HTQT = MEMBER_UNIT_VOTERS.stream()
            .filter(v -> v.unit().equals(ClusterIv2022.HTQT.unit())).findFirst().orElseThrow();
    private static final List<RegistrantId> THADS = List.of(ClusterIv2022.THADS.registrantId());

    private AggregateTestFixture<NominationRound> fixture;

    @BeforeEach
    void setUp() {
        fixture = RoundKeysForTests.fixtureOn(new InMemoryRoundKeyVault(), TRANSCRIBED_ON);
    }

    private static OpenNominationRound openedOn(LocalDate day) {
        return new OpenNominationRound(FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                VotingBody.MEMBER_UNITS, FLAG_CANDIDATES, MEMBER_UNIT_VOTERS, day);
    }

    @Test
    void aPastRoundOpensOnTheDayOfItsMinutes() {
        fixture.givenNoPriorActivity()
                .when(openedOn(CONFERENCE))
                .expectEvents(flagRoundOpened());
    }

    @Test
    void aPastWrittenVoteIsDatedTheDayItWasReceived() {
        fixture.given(flagRoundOpened())
                .when(new RecordWrittenVote(FLAG_ROUND, HTQT.voterId(), THADS, CONFERENCE))
                .expectEvents(new WrittenVoteRecorded(FLAG_ROUND, HTQT.voterId(), HTQT.name(), THADS, CONFERENCE));
    }

    @Test
    void aPastRoundClosesOnTheDayOfItsMinutes() {
        fixture.given(flagRoundOpened())
                .when(new CloseNominationRound(FLAG_ROUND, CONFERENCE))
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        Matchers.predicate(e -> e instanceof NominationRoundClosed closed
                                                && closed.closedOn().equals(CONFERENCE)),
                        Matchers.andNoMore())));
    }

    @Test
    void aWrittenVoteCannotBeDatedBeforeTheRoundOpened() {
        fixture.given(flagRoundOpened())
                .when(new RecordWrittenVote(FLAG_ROUND, HTQT.voterId(), THADS, CONFERENCE.minusDays(1)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aRoundCannotBeDatedOutsideItsYear() {
        fixture.givenNoPriorActivity()
                .when(openedOn(LocalDate.of(2023, 1, 5)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aUnitRepresentativeCannotBackdateTheClosingOfARound() {
        fixture.given(flagRoundOpened())
                .when(new CloseNominationRound(FLAG_ROUND, CONFERENCE), Actors.representativeOf(ClusterIv2022.HTQT.unit()))
                .expectException(rejectedWith(ErrorCode.TRANSCRIPTION_BY_SECRETARIAT_ONLY))
                .expectNoEvents();
    }

    @Test
    void aRoundOfTheCurrentYearIsNeverBackdated() {
        RoundKeysForTests.fixtureOn(new InMemoryRoundKeyVault(), CONFERENCE.plusDays(1))
                .givenNoPriorActivity()
                .when(openedOn(CONFERENCE))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }
}
