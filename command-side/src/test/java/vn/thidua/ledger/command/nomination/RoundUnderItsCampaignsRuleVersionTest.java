package vn.thidua.ledger.command.nomination;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_CANDIDATES;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;

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
import vn.thidua.ledger.command.rules.ChosenRuleVersion;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.RoundId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.VoterId;
import vn.thidua.ledger.events.nomination.CandidateOutcome;
import vn.thidua.ledger.events.nomination.CandidateResult;
import vn.thidua.ledger.events.nomination.CouncilRosterTaken;
import vn.thidua.ledger.events.nomination.NominationRoundClosed;
import vn.thidua.ledger.events.nomination.NominationRoundOpened;
import vn.thidua.ledger.events.nomination.SealedWrittenVoteReceived;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.nomination.VotingRule;

/**
 * A round applies the rule-set version its campaign chose ({@code RuleVersionPolicy}), not the emulation year's:
 * here the 2024 campaign was launched with a {@code DOSSIER_RECEIVED} override (dossiers received in December 2023),
 * so it stays on rule set v1 (Decree 91/2017) although v2 is in force from 1 January 2024. Under v1 a council elects a
 * grassroots emulation fighter with 90% of its total membership; under v2 with the share the council set (R7). The
 * council, the candidate and the dates are illustrative (minh họa).
 */
class RoundUnderItsCampaignsRuleVersionTest {

    private static final LocalDate MEETING_2024 = LocalDate.of(2024, 12, 10);
    private static final CampaignId CAMPAIGN_2024 = new CampaignId("btp-cum-iv-2024");
    private static final RuleSet V1 = Rules.CATALOG.byIdAndVersion("btp-thidua", 1);
    /** What the campaign recorded at its launch: the version in force when the dossiers were received. */
    private static final ChosenRuleVersion KEPT_ON_V1 = new ChosenRuleVersion(V1.id(), V1.version());
    private static final CouncilThreshold THREE_QUARTERS = new CouncilThreshold(new BigDecimal("0.75"),
            "2/QĐ-HĐTĐKT", LocalDate.of(2024, 1, 15));
    private static final RoundId FLAG_ROUND_2024 = new RoundId("btp-cum-iv-2024-cotd");

    private final AggregateTestFixture<NominationRound> fixture =
            RoundKeysForTests.fixtureOn(new InMemoryRoundKeyVault(), MEETING_2024);

    private static OpenNominationRound grassrootsRound(CouncilThreshold threshold, ChosenRuleVersion campaignRules) {
        CouncilRoster roster = new CouncilRoster(Council2022.COUNCIL_ID, Council2022.NAME, MEETING_2024, COUNCIL,
                threshold);
        return new OpenNominationRound(COUNCIL_ROUND, CAMPAIGN_2024, 2024, Title.GRASSROOTS_EMULATION_FIGHTER,
                VotingBody.COUNCIL, List.of(FIGHTER), List.of(), roster, null, null, campaignRules);
    }

    private static VotingRule grassrootsRuleOfV1() {
        return V1.votingRuleFor(Title.GRASSROOTS_EMULATION_FIGHTER, VotingBody.COUNCIL);
    }

    private static NominationRoundOpened grassrootsOpenedUnderV1() {
        return new NominationRoundOpened(COUNCIL_ROUND, CAMPAIGN_2024, 2024, Title.GRASSROOTS_EMULATION_FIGHTER,
                List.of(FIGHTER), COUNCIL, grassrootsRuleOfV1(), V1.reference(RuleCode.R1), true, MEETING_2024);
    }

    private static CouncilRosterTaken rosterTakenWithoutTheCouncilsShare() {
        return new CouncilRosterTaken(COUNCIL_ROUND, Council2022.COUNCIL_ID, Council2022.NAME, MEETING_2024, 10, null,
                null);
    }

    @Test
    void aRoundOfACampaignKeptOnTheOldRulesOpensUnderThemAndRecordsTheirVersion() {
        fixture.givenNoPriorActivity()
                .when(grassrootsRound(null, KEPT_ON_V1))
                .expectEvents(grassrootsOpenedUnderV1(), rosterTakenWithoutTheCouncilsShare(),
                        RoundKeysForTests.keyPublished(COUNCIL_ROUND));
    }

    @Test
    void theSameRoundUnderTheYearsDefaultWouldNeedTheCouncilsShare() {
        fixture.givenNoPriorActivity()
                .when(grassrootsRound(null, null))
                .expectException(rejectedWith(ErrorCode.COUNCIL_THRESHOLD_NOT_SET))
                .expectExceptionMessage(containsString("btp-thidua v2"))
                .expectNoEvents();
    }

    @Test
    void theOldRulesKeepNinetyPercentWhateverShareTheCouncilSet() {
        org.assertj.core.api.Assertions.assertThat(grassrootsRuleOfV1().thresholdRatio()).isEqualByComparingTo("0.9");
        fixture.givenNoPriorActivity()
                .when(grassrootsRound(THREE_QUARTERS, KEPT_ON_V1))
                .expectEvents(grassrootsOpenedUnderV1(), rosterTakenWithoutTheCouncilsShare(),
                        RoundKeysForTests.keyPublished(COUNCIL_ROUND));
    }

    @Test
    void aMemberUnitsRoundRecordsItsCampaignsVersionToo() {
        VotingRule flagRuleOfV1 = V1.votingRuleFor(Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS);
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(FLAG_ROUND_2024, CAMPAIGN_2024, 2024, Title.SECTOR_EMULATION_FLAG,
                        VotingBody.MEMBER_UNITS, FLAG_CANDIDATES, MEMBER_UNIT_VOTERS, null, null, null, KEPT_ON_V1))
                .expectEvents(new NominationRoundOpened(FLAG_ROUND_2024, CAMPAIGN_2024, 2024,
                        Title.SECTOR_EMULATION_FLAG, FLAG_CANDIDATES, MEMBER_UNIT_VOTERS, flagRuleOfV1,
                        V1.reference(RuleCode.R1), true, MEETING_2024));
    }

    @Test
    void aBallotRefusedInTheRoundCitesTheRoundsVersion() {
        VoterId absent = COUNCIL.get(9).voterId();
        fixture.given(grassrootsOpenedUnderV1(), rosterTakenWithoutTheCouncilsShare(),
                        RoundKeysForTests.keyPublished(COUNCIL_ROUND),
                        new SealedWrittenVoteReceived(COUNCIL_ROUND, absent, MEETING_2024))
                .when(new ReceiveSealedWrittenVote(COUNCIL_ROUND, absent, MEETING_2024))
                .expectException(rejectedWith(ErrorCode.ALREADY_VOTED))
                .expectExceptionMessage(allOf(containsString("R9"), containsString("btp-thidua v1")))
                .expectNoEvents();
    }

    @Test
    void eightOfTenDoNotElectAGrassrootsFighterUnderTheOldRulesNinetyPercent() {
        List<Object> history = new ArrayList<>(List.of(grassrootsOpenedUnderV1(), rosterTakenWithoutTheCouncilsShare(),
                RoundKeysForTests.keyPublished(COUNCIL_ROUND)));
        List<RegistrantId> theFighter = List.of(FIGHTER.registrantId());
        IntStream.rangeClosed(1, 8).forEach(i -> history.add(
                new SecretBallotCast(COUNCIL_ROUND, BallotHashes.receipt("token-" + i), theFighter)));
        fixture.given(history)
                .when(new CloseNominationRound(COUNCIL_ROUND))
                .expectEvents(new NominationRoundClosed(COUNCIL_ROUND, CAMPAIGN_2024, 2024,
                        Title.GRASSROOTS_EMULATION_FIGHTER, grassrootsRuleOfV1(), 10, 8, true,
                        List.of(new CandidateResult(FIGHTER.registrantId(), FIGHTER.name(), FIGHTER.unit(), 8, 10, 9,
                                CandidateOutcome.BELOW_THRESHOLD)), false, MEETING_2024));
    }
}
