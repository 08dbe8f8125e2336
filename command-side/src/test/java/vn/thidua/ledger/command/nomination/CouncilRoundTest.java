package vn.thidua.ledger.command.nomination;

import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.council.CouncilRoster;
import vn.thidua.ledger.command.council.CouncilThreshold;
import vn.thidua.ledger.command.fixtures.Council2022;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.CouncilRosterTaken;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/**
 * R7 at the opening of a council round: the voters, and so the total membership, are the council's roster on the
 * round's date, never a list of the request; from 2024 (rule set v2) a grassroots emulation fighter needs the share
 * the council set, while Ministry and national emulation fighters keep the rule set's 90%.
 */
class CouncilRoundTest {

    /** An illustrative 2024 round, opened at the year-end meeting under rule set v2. */
    private static final LocalDate MEETING_2024 = LocalDate.of(2024, 12, 10);
    private static final CampaignId CAMPAIGN_2024 = new CampaignId("btp-cum-iv-2024");
    private static final Candidate FIGHTER_2024 = new Candidate(FIGHTER.registrantId(), FIGHTER.name(), FIGHTER.unit(),
            List.of(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER, Title.MINISTRY_EMULATION_FIGHTER));
    private static final CouncilThreshold THREE_QUARTERS = new CouncilThreshold(new BigDecimal("0.75"),
            "2/QĐ-HĐTĐKT", LocalDate.of(2024, 1, 15));

    private final AggregateTestFixture<NominationRound> on2022 = RoundKeysForTests.fixture(new InMemoryRoundKeyVault());
    private final AggregateTestFixture<NominationRound> on2024 =
            RoundKeysForTests.fixtureOn(new InMemoryRoundKeyVault(), MEETING_2024);

    private static CouncilRoster roster2024(CouncilThreshold threshold) {
        return new CouncilRoster(Council2022.COUNCIL_ID, Council2022.NAME, MEETING_2024, COUNCIL, threshold);
    }

    private static OpenNominationRound open2024(Title title, CouncilThreshold threshold) {
        return new OpenNominationRound(COUNCIL_ROUND, CAMPAIGN_2024, 2024, title, List.of(FIGHTER_2024),
                roster2024(threshold));
    }

    private static VotingRule rule2024(Title title, BigDecimal councilRatio) {
        return Rules.CATALOG.forYear(2024).votingRuleFor(title, VotingBody.COUNCIL, councilRatio);
    }

    private static NominationRoundOpened opened2024(Title title, VotingRule rule) {
        return new NominationRoundOpened(COUNCIL_ROUND, CAMPAIGN_2024, 2024, title, List.of(FIGHTER_2024), COUNCIL,
                rule, Rules.CATALOG.forYear(2024).reference(RuleCode.R1), true, MEETING_2024);
    }

    @Test
    void cannotOpenACouncilRoundWithoutItsCouncil() {
        on2022.givenNoPriorActivity()
                .when(new OpenNominationRound(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.GRASSROOTS_EMULATION_FIGHTER, VotingBody.COUNCIL, List.of(FIGHTER), List.of()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("R7"))
                .expectNoEvents();
    }

    @Test
    void aCouncilRoundTakesNoVotersBesideItsCouncilsRoster() {
        on2022.givenNoPriorActivity()
                .when(new OpenNominationRound(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.GRASSROOTS_EMULATION_FIGHTER, VotingBody.COUNCIL, List.of(FIGHTER), COUNCIL.subList(0, 5),
                        Council2022.rosterOn(CONFERENCE), null, null, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotOpenACouncilRoundWithTheRosterOfAnotherDay() {
        on2022.givenNoPriorActivity()
                .when(new OpenNominationRound(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.GRASSROOTS_EMULATION_FIGHTER, List.of(FIGHTER), Council2022.rosterOn(CONFERENCE.minusDays(1))))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aMemberUnitsRoundIsNotVotedByACouncil() {
        on2022.givenNoPriorActivity()
                .when(new OpenNominationRound(COUNCIL_ROUND, ClusterIv2022.CAMPAIGN, 2022, Title.SECTOR_EMULATION_FLAG,
                        VotingBody.MEMBER_UNITS, List.of(FIGHTER), MEMBER_UNIT_VOTERS, Council2022.rosterOn(CONFERENCE),
                        null, null, null))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aGrassrootsRoundFrom2024NeedsTheShareTheCouncilSet() {
        VotingRule councils = rule2024(Title.GRASSROOTS_EMULATION_FIGHTER, THREE_QUARTERS.ratio());
        on2024.givenNoPriorActivity()
                .when(open2024(Title.GRASSROOTS_EMULATION_FIGHTER, THREE_QUARTERS))
                .expectEvents(opened2024(Title.GRASSROOTS_EMULATION_FIGHTER, councils),
                        new CouncilRosterTaken(COUNCIL_ROUND, Council2022.COUNCIL_ID, Council2022.NAME, MEETING_2024, 10,
                                THREE_QUARTERS.ratio(), THREE_QUARTERS.decisionNumber()),
                        RoundKeysForTests.keyPublished(COUNCIL_ROUND));
    }

    @Test
    void aMinistryEmulationFighterKeepsNinetyPercentWhateverTheCouncilSet() {
        VotingRule ruleSets = rule2024(Title.MINISTRY_EMULATION_FIGHTER, null);
        org.assertj.core.api.Assertions.assertThat(ruleSets.thresholdRatio()).isEqualByComparingTo("0.9");
        on2024.givenNoPriorActivity()
                .when(open2024(Title.MINISTRY_EMULATION_FIGHTER, THREE_QUARTERS))
                .expectEvents(opened2024(Title.MINISTRY_EMULATION_FIGHTER, ruleSets),
                        new CouncilRosterTaken(COUNCIL_ROUND, Council2022.COUNCIL_ID, Council2022.NAME, MEETING_2024, 10,
                                null, null),
                        RoundKeysForTests.keyPublished(COUNCIL_ROUND));
    }

    @Test
    void cannotOpenAGrassrootsRoundFrom2024BeforeTheCouncilSetItsThreshold() {
        on2024.givenNoPriorActivity()
                .when(open2024(Title.GRASSROOTS_EMULATION_FIGHTER, null))
                .expectException(rejectedWith(ErrorCode.COUNCIL_THRESHOLD_NOT_SET))
                .expectNoEvents();
    }

    @Test
    void eightOfTenElectAGrassrootsFighterUnderTheCouncilsThreeQuarters() {
        VotingRule councils = rule2024(Title.GRASSROOTS_EMULATION_FIGHTER, THREE_QUARTERS.ratio());
        List<Object> history = new ArrayList<>(List.of(opened2024(Title.GRASSROOTS_EMULATION_FIGHTER, councils),
                RoundKeysForTests.keyPublished(COUNCIL_ROUND)));
        List<RegistrantId> theFighter = List.of(FIGHTER.registrantId());
        IntStream.rangeClosed(1, 8).forEach(i -> history.add(
                new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-" + i), theFighter)));
        on2024.given(history)
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectEvents(new NominationRoundClosed(COUNCIL_ROUND, CAMPAIGN_2024, 2024,
                        Title.GRASSROOTS_EMULATION_FIGHTER, councils, 10, 8, true,
                        List.of(new CandidateResult(FIGHTER.registrantId(), FIGHTER.name(), FIGHTER.unit(), 8, 10, 8,
                                CandidateOutcome.ELECTED)), false, MEETING_2024));
    }
}
