package vn.thidua.ledger.command.nomination;

import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRule;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;

import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.BlindSignatureIssued;
import vn.thidua.ledger.events.nomination.CandidateApprovals;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.PaperTallyRecorded;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * Biên bản kiểm phiếu: a secret council round voted on paper (absent members' sealed written ballots among those
 * returned) is counted from its minutes, under R7's total membership, and only one way.
 */
class PaperTallyTest {

    private static final List<String> COUNTERS = List.of("Trưởng ban kiểm phiếu (minh họa)", "Ủy viên kiểm phiếu (minh họa)");

    private final AggregateTestFixture<NominationRound> fixture = RoundKeysForTests.fixture(new InMemoryRoundKeyVault());

    private static RecordPaperTally minutes(int issued, int returned, int valid, int invalid, int approvals) {
        return new RecordPaperTally(COUNCIL_ROUND, COUNTERS, issued, returned, valid, invalid,
                List.of(new CandidateApprovals(FIGHTER.registrantId(), approvals)), null);
    }

    private static PaperTallyRecorded recorded(int issued, int returned, int valid, int invalid, int approvals) {
        return new PaperTallyRecorded(COUNCIL_ROUND, COUNTERS, issued, returned, valid, invalid,
                List.of(new CandidateApprovals(FIGHTER.registrantId(), approvals)), CONFERENCE);
    }

    private static NominationRoundClosed closedWith(int received, int approvals, CandidateOutcome outcome) {
        return new NominationRoundClosed(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022, Title.GRASSROOTS_EMULATION_FIGHTER,
                councilRule(), 10, received, true, List.of(new CandidateResult(FIGHTER.registrantId(), FIGHTER.name(),
                FIGHTER.unit(), approvals, 10, 9, outcome)), false, CONFERENCE);
    }

    @Test
    void recordsTheCountingMinutesOfASecretRoundVotedOnPaper() {
        fixture.given(councilRoundOpened(), RoundKeysForTests.keyPublished(COUNCIL_ROUND))
                .when(minutes(10, 9, 9, 0, 9))
                .expectEvents(recorded(10, 9, 9, 0, 9));
    }

    @Test
    void closesAPaperRoundFromItsMinutesAgainstTheWholeCouncil() {
        fixture.given(councilRoundOpened(), recorded(10, 9, 9, 0, 9))
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectEvents(closedWith(9, 9, CandidateOutcome.ELECTED));
    }

    @Test
    void anAbsentMemberWhoReturnedNoBallotCountsAgainstUnderTotalMembership() {
        fixture.given(councilRoundOpened(), recorded(10, 8, 8, 0, 8))
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectEvents(closedWith(8, 8, CandidateOutcome.BELOW_THRESHOLD));
    }

    @Test
    void minutesWhoseFiguresDoNotAddUpAreRefused() {
        for (RecordPaperTally wrong : List.of(minutes(11, 9, 9, 0, 9), minutes(8, 9, 9, 0, 9), minutes(10, 9, 8, 0, 8),
                minutes(10, 9, 8, 1, 9), minutes(10, 9, 9, 0, -1))) {
            fixture.given(councilRoundOpened())
                    .when(wrong)
                    .expectException(rejectedWith(ErrorCode.PAPER_TALLY_INCONSISTENT))
                    .expectNoEvents();
        }
    }

    @Test
    void theMinutesCountEveryCandidateOnceAndNoOneElse() {
        RegistrantId stranger = new RegistrantId("cc-9999");
        for (List<CandidateApprovals> approvals : List.of(List.<CandidateApprovals>of(),
                List.of(new CandidateApprovals(stranger, 1)),
                List.of(new CandidateApprovals(FIGHTER.registrantId(), 1), new CandidateApprovals(FIGHTER.registrantId(), 1)))) {
            fixture.given(councilRoundOpened())
                    .when(new RecordPaperTally(COUNCIL_ROUND, COUNTERS, 10, 9, 9, 0, approvals, null))
                    .expectException(rejectedWith(ErrorCode.PAPER_TALLY_INCONSISTENT))
                    .expectNoEvents();
        }
    }

    @Test
    void theMinutesNameTheirVoteCounters() {
        fixture.given(councilRoundOpened())
                .when(new RecordPaperTally(COUNCIL_ROUND, List.of(), 10, 9, 9, 0,
                        List.of(new CandidateApprovals(FIGHTER.registrantId(), 9)), null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aRoundVotedByBlindSignedBallotsHasNoPaperCount() {
        fixture.given(councilRoundOpened(), RoundKeysForTests.keyPublished(COUNCIL_ROUND),
                        new BlindSignatureIssued(COUNCIL_ROUND, new VoterId("hd-1"), "hash"))
                .when(minutes(10, 9, 9, 0, 9))
                .expectException(rejectedWith(ErrorCode.PAPER_TALLY_CONFLICT))
                .expectNoEvents();
    }

    @Test
    void aRoundIsCountedOnPaperOnceAndThenTakesNoBlindSignedBallots() {
        fixture.given(councilRoundOpened(), RoundKeysForTests.keyPublished(COUNCIL_ROUND), recorded(10, 9, 9, 0, 9))
                .when(minutes(10, 9, 9, 0, 9))
                .expectException(rejectedWith(ErrorCode.PAPER_TALLY_CONFLICT))
                .expectNoEvents();
        fixture.given(councilRoundOpened(), RoundKeysForTests.keyPublished(COUNCIL_ROUND), recorded(10, 9, 9, 0, 9))
                .when(new OpenBallotBox(COUNCIL_ROUND))
                .expectException(rejectedWith(ErrorCode.PAPER_TALLY_CONFLICT))
                .expectNoEvents();
    }

    @Test
    void anOpenRoundIsNotCountedFromPaperMinutes() {
        fixture.given(flagRoundOpened())
                .when(new RecordPaperTally(Conference2022.FLAG_ROUND, COUNTERS, 6, 6, 6, 0, List.of(), null))
                .expectException(rejectedWith(ErrorCode.WRONG_BALLOT_KIND))
                .expectNoEvents();
    }
}
