package vn.thidua.ledger.command.campaign;

import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.command.fixtures.Snapshots;
import static vn.thidua.ledger.command.fixtures.Campaign2022.BONUS;
import static vn.thidua.ledger.command.fixtures.Campaign2022.CAMPAIGN;
import static vn.thidua.ledger.command.fixtures.Campaign2022.DUTIES;
import static vn.thidua.ledger.command.fixtures.Campaign2022.LAUNCHED_ON;
import static vn.thidua.ledger.command.fixtures.Campaign2022.MOVEMENT;
import static vn.thidua.ledger.command.fixtures.Campaign2022.NAME;
import static vn.thidua.ledger.command.fixtures.Campaign2022.PENALTY;
import static vn.thidua.ledger.command.fixtures.Campaign2022.SCHEME;
import static vn.thidua.ledger.command.fixtures.Campaign2022.finalised;
import static vn.thidua.ledger.command.fixtures.Campaign2022.launched;
import static vn.thidua.ledger.command.fixtures.Campaign2022.scoredAndFinalised;
import static vn.thidua.ledger.command.fixtures.Campaign2022.scores;
import static vn.thidua.ledger.command.fixtures.Campaign2022.selfAssessed;
import static vn.thidua.ledger.command.fixtures.Campaign2022.windowSet;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CIVIL_JUDGMENT_ENFORCEMENT;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.EMULATION_AND_COMMENDATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.GENERAL_ISSUES_ON_LAW_MAKING;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.ILLUSTRATIVE_A;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.ILLUSTRATIVE_B;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.INTERNATIONAL_COOPERATION;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.command.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.ClusterIv2022;
import vn.thidua.ledger.command.fixtures.Actors;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.events.campaign.CampaignClosed;
import vn.thidua.ledger.events.campaign.CampaignLaunched;
import vn.thidua.ledger.events.campaign.CovenantSigned;
import vn.thidua.ledger.events.campaign.Criterion;
import vn.thidua.ledger.events.campaign.CriterionKind;
import vn.thidua.ledger.events.campaign.CriterionScore;
import vn.thidua.ledger.events.campaign.RankedUnit;
import vn.thidua.ledger.events.campaign.RankingMethod;
import vn.thidua.ledger.events.campaign.RankingPublished;
import vn.thidua.ledger.events.campaign.ScoreAdjusted;
import vn.thidua.ledger.events.campaign.ScorecardFinalised;
import vn.thidua.ledger.events.campaign.ScoringScheme;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.UnitRef;

class CampaignTest {

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Campaign.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        fixture.registerInjectableResource(Rules.clockOn(LAUNCHED_ON));
        fixture.registerCommandDispatchInterceptor(Actors.secretariatByDefault());
    }

    private static LaunchCampaign launch2022() {
        return new LaunchCampaign(CAMPAIGN, CLUSTER, ClusterIv2022.NAME, 2022, NAME, SCHEME, MEMBERS);
    }

    @Test
    void launchesTheYearUnderTheRuleSetInForceOnItsFirstDay() {
        fixture.givenNoPriorActivity()
                .when(launch2022())
                .expectEvents(launched());
    }

    @Test
    void aCampaignFrom2024OnIsLaunchedUnderTheLawOf2022() {
        CampaignId campaign2024 = CampaignId.of(CLUSTER, 2024);
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(campaign2024, CLUSTER, ClusterIv2022.NAME, 2024, NAME, SCHEME, MEMBERS))
                .expectEvents(new CampaignLaunched(campaign2024, CLUSTER, ClusterIv2022.NAME, 2024, NAME, SCHEME,
                        MEMBERS, "btp-thidua", 2, LAUNCHED_ON));
    }

    @Test
    void cannotLaunchTheSameCampaignTwice() {
        fixture.given(launched())
                .when(launch2022())
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWhoseIdIsNotTheClusterAndYear() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(new CampaignId("some-other-id"), CLUSTER, ClusterIv2022.NAME, 2022, NAME,
                        SCHEME, MEMBERS))
                .expectException(rejectedWith(ErrorCode.INCONSISTENT_IDS))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignForAYearWithoutRules() {
        CampaignId campaign2010 = CampaignId.of(CLUSTER, 2010);
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(campaign2010, CLUSTER, ClusterIv2022.NAME, 2010, NAME, SCHEME, MEMBERS))
                .expectException(rejectedWith(ErrorCode.RULE_SET_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWithoutMembers() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(CAMPAIGN, CLUSTER, ClusterIv2022.NAME, 2022, NAME, SCHEME, List.of()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWithoutAScoredCriterion() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(CAMPAIGN, CLUSTER, ClusterIv2022.NAME, 2022, NAME,
                        new ScoringScheme(List.of(BONUS)), MEMBERS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWithANonPositiveCeiling() {
        Criterion zero = new Criterion(new CriterionId("tc-0"), "Tiêu chí không điểm (minh họa)", CriterionKind.SCORED,
                BigDecimal.ZERO);
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(CAMPAIGN, CLUSTER, ClusterIv2022.NAME, 2022, NAME,
                        new ScoringScheme(List.of(zero)), MEMBERS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void setsTheRegistrationWindow() {
        fixture.given(launched())
                .when(new SetRegistrationWindow(CAMPAIGN, LocalDate.of(2022, 2, 15), LocalDate.of(2022, 3, 31)))
                .expectEvents(windowSet());
    }

    @Test
    void cannotSetAWindowThatClosesBeforeItOpens() {
        fixture.given(launched())
                .when(new SetRegistrationWindow(CAMPAIGN, LocalDate.of(2022, 3, 31), LocalDate.of(2022, 2, 15)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aMemberSignsTheCovenant() {
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, INTERNATIONAL_COOPERATION.id()))
                .expectEvents(new CovenantSigned(CAMPAIGN, 2022, INTERNATIONAL_COOPERATION, LAUNCHED_ON));
    }

    @Test
    void cannotSignTheCovenantTwice() {
        fixture.given(launched(), new CovenantSigned(CAMPAIGN, 2022, INTERNATIONAL_COOPERATION, LAUNCHED_ON))
                .when(new SignCovenant(CAMPAIGN, INTERNATIONAL_COOPERATION.id()))
                .expectException(rejectedWith(ErrorCode.COVENANT_ALREADY_SIGNED))
                .expectNoEvents();
    }

    @Test
    void aUnitOutsideTheClusterCannotSignTheCovenant() {
        fixture.given(launched())
                .when(new SignCovenant(CAMPAIGN, OUTSIDER.id()))
                .expectException(rejectedWith(ErrorCode.NOT_A_CAMPAIGN_MEMBER))
                .expectNoEvents();
    }

    @Test
    void aMemberScoresItselfOnACriterion() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, ILLUSTRATIVE_A.id(), DUTIES.criterionId(), new BigDecimal("55.5")))
                .expectEvents(selfAssessed(ILLUSTRATIVE_A, DUTIES, "55.5"));
    }

    @Test
    void cannotScoreAboveTheCriterionMaximum() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, ILLUSTRATIVE_A.id(), DUTIES.criterionId(), new BigDecimal("60.01")))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void cannotScoreBelowZero() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, ILLUSTRATIVE_A.id(), DUTIES.criterionId(), new BigDecimal("-1")))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void cannotScoreInFinerGrainThanHundredths() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, ILLUSTRATIVE_A.id(), DUTIES.criterionId(), new BigDecimal("1.001")))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void cannotScoreACriterionThatIsNotInTheTable() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, ILLUSTRATIVE_A.id(), new CriterionId("tc-99"), BigDecimal.ONE))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_CRITERION))
                .expectNoEvents();
    }

    @Test
    void aUnitOutsideTheClusterCannotScoreItself() {
        fixture.given(launched())
                .when(new SelfAssessScore(CAMPAIGN, OUTSIDER.id(), DUTIES.criterionId(), BigDecimal.ONE))
                .expectException(rejectedWith(ErrorCode.NOT_A_CAMPAIGN_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotScoreAfterTheScorecardIsFinal() {
        fixture.given(withEvents(launched(), scoredAndFinalised(ILLUSTRATIVE_A, "50", "25")))
                .when(new SelfAssessScore(CAMPAIGN, ILLUSTRATIVE_A.id(), DUTIES.criterionId(), new BigDecimal("60")))
                .expectException(rejectedWith(ErrorCode.SCORECARD_FINALISED))
                .expectNoEvents();
    }

    @Test
    void aReviewerAdjustsAScoreWithAReason() {
        fixture.given(launched(), selfAssessed(ILLUSTRATIVE_A, DUTIES, "58"))
                .when(new AdjustScore(CAMPAIGN, ILLUSTRATIVE_A.id(), DUTIES.criterionId(), new BigDecimal("52"),
                        "Chưa có minh chứng cho 2 nhiệm vụ"))
                .expectEvents(new ScoreAdjusted(CAMPAIGN, 2022, ILLUSTRATIVE_A, DUTIES.criterionId(), DUTIES.name(),
                        new BigDecimal("58"), new BigDecimal("52"), "Chưa có minh chứng cho 2 nhiệm vụ"));
    }

    @Test
    void cannotAdjustAScoreWithoutAReason() {
        fixture.given(launched(), selfAssessed(ILLUSTRATIVE_A, DUTIES, "58"))
                .when(new AdjustScore(CAMPAIGN, ILLUSTRATIVE_A.id(), DUTIES.criterionId(), new BigDecimal("52"), " "))
                .expectException(rejectedWith(ErrorCode.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotAdjustAScoreAboveTheMaximum() {
        fixture.given(launched())
                .when(new AdjustScore(CAMPAIGN, ILLUSTRATIVE_A.id(), BONUS.criterionId(), new BigDecimal("6"), "Lý do"))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void anAdjustmentOutlivesALaterSelfAssessment() {
        fixture.given(launched(), selfAssessed(ILLUSTRATIVE_A, DUTIES, "58"), selfAssessed(ILLUSTRATIVE_A, MOVEMENT, "30"),
                        new ScoreAdjusted(CAMPAIGN, 2022, ILLUSTRATIVE_A, DUTIES.criterionId(), DUTIES.name(),
                                new BigDecimal("58"), new BigDecimal("52"), "Thiếu minh chứng"),
                        selfAssessed(ILLUSTRATIVE_A, DUTIES, "60"))
                .when(new FinaliseScorecard(CAMPAIGN, ILLUSTRATIVE_A.id()))
                .expectEvents(finalised(ILLUSTRATIVE_A, "52", "30"));
    }

    @Test
    void finalisesAScorecardWithItsTotalAfterBonusAndPenalty() {
        fixture.given(launched(), selfAssessed(ILLUSTRATIVE_A, DUTIES, "50"), selfAssessed(ILLUSTRATIVE_A, MOVEMENT, "20"),
                        selfAssessed(ILLUSTRATIVE_A, BONUS, "3"), selfAssessed(ILLUSTRATIVE_A, PENALTY, "4.5"))
                .when(new FinaliseScorecard(CAMPAIGN, ILLUSTRATIVE_A.id()))
                .expectEvents(new ScorecardFinalised(CAMPAIGN, 2022, ILLUSTRATIVE_A, List.of(
                        new CriterionScore(DUTIES.criterionId(), DUTIES.name(), CriterionKind.SCORED, new BigDecimal("50")),
                        new CriterionScore(MOVEMENT.criterionId(), MOVEMENT.name(), CriterionKind.SCORED, new BigDecimal("20")),
                        new CriterionScore(BONUS.criterionId(), BONUS.name(), CriterionKind.BONUS, new BigDecimal("3")),
                        new CriterionScore(PENALTY.criterionId(), PENALTY.name(), CriterionKind.PENALTY, new BigDecimal("4.5"))),
                        new BigDecimal("68.5")));
    }

    @Test
    void cannotFinaliseAScorecardWithAnUnscoredCriterion() {
        fixture.given(launched(), selfAssessed(ILLUSTRATIVE_A, DUTIES, "50"))
                .when(new FinaliseScorecard(CAMPAIGN, ILLUSTRATIVE_A.id()))
                .expectException(rejectedWith(ErrorCode.SCORECARD_INCOMPLETE))
                .expectNoEvents();
    }

    @Test
    void cannotFinaliseAScorecardTwice() {
        fixture.given(withEvents(launched(), scoredAndFinalised(ILLUSTRATIVE_A, "50", "25")))
                .when(new FinaliseScorecard(CAMPAIGN, ILLUSTRATIVE_A.id()))
                .expectException(rejectedWith(ErrorCode.SCORECARD_FINALISED))
                .expectNoEvents();
    }

    @Test
    void publishesTheRankingWithTiesSharingARankAndTheNextRankSkipped() {
        fixture.given(allScored())
                .when(new PublishRanking(CAMPAIGN))
                .expectEvents(new RankingPublished(CAMPAIGN, CLUSTER, 2022, List.of(
                        ranked(1, CIVIL_JUDGMENT_ENFORCEMENT, "58", "29"),
                        ranked(2, GENERAL_ISSUES_ON_LAW_MAKING, "55", "25"),
                        ranked(2, INTERNATIONAL_COOPERATION, "50", "30"),
                        ranked(4, ILLUSTRATIVE_A, "50", "20"),
                        ranked(5, ILLUSTRATIVE_B, "40", "25"),
                        ranked(5, EMULATION_AND_COMMENDATION, "45", "20")),
                        RankingMethod.STANDARD_COMPETITION, Rules.CATALOG.forYear(2022).reference(RuleCode.RANKING)));
    }

    @Test
    void cannotPublishTheRankingBeforeEveryScorecardIsFinal() {
        List<Object> history = allScored();
        history.remove(history.size() - 1);
        fixture.given(history)
                .when(new PublishRanking(CAMPAIGN))
                .expectException(rejectedWith(ErrorCode.SCORECARDS_NOT_FINALISED))
                .expectNoEvents();
    }

    @Test
    void cannotPublishTheRankingTwice() {
        fixture.given(withEvents(allScored(), List.of(published())))
                .when(new PublishRanking(CAMPAIGN))
                .expectException(rejectedWith(ErrorCode.RANKING_ALREADY_PUBLISHED))
                .expectNoEvents();
    }

    @Test
    void closesTheYearWithItsSummary() {
        fixture.given(withEvents(allScored(), List.of(published())))
                .when(new CloseCampaign(CAMPAIGN, "Báo cáo tổng kết năm 2022 (dự thảo đã tiếp thu ý kiến)"))
                .expectEvents(new CampaignClosed(CAMPAIGN, 2022, "Báo cáo tổng kết năm 2022 (dự thảo đã tiếp thu ý kiến)",
                        LAUNCHED_ON));
    }

    @Test
    void cannotCloseTheYearBeforeTheRankingIsPublished() {
        fixture.given(launched())
                .when(new CloseCampaign(CAMPAIGN, "Báo cáo tổng kết"))
                .expectException(rejectedWith(ErrorCode.RANKING_NOT_PUBLISHED))
                .expectNoEvents();
    }

    @Test
    void cannotCloseTheYearWithoutASummary() {
        fixture.given(withEvents(allScored(), List.of(published())))
                .when(new CloseCampaign(CAMPAIGN, ""))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    static Stream<Object> everyCommandOnACampaign() {
        return Stream.of(new SetRegistrationWindow(CAMPAIGN, LAUNCHED_ON, LAUNCHED_ON),
                new SignCovenant(CAMPAIGN, INTERNATIONAL_COOPERATION.id()),
                new SelfAssessScore(CAMPAIGN, INTERNATIONAL_COOPERATION.id(), DUTIES.criterionId(), BigDecimal.ONE),
                new AdjustScore(CAMPAIGN, INTERNATIONAL_COOPERATION.id(), DUTIES.criterionId(), BigDecimal.ONE, "Lý do"),
                new FinaliseScorecard(CAMPAIGN, INTERNATIONAL_COOPERATION.id()),
                new PublishRanking(CAMPAIGN),
                new CloseCampaign(CAMPAIGN, "Tổng kết lần hai"));
    }

    @ParameterizedTest
    @MethodSource("everyCommandOnACampaign")
    void nothingIsRecordedInAClosedCampaign(Object command) {
        fixture.given(withEvents(allScored(), List.of(published(), new CampaignClosed(CAMPAIGN, 2022, "Tổng kết", LAUNCHED_ON))))
                .when(command)
                .expectException(rejectedWith(ErrorCode.CAMPAIGN_CLOSED))
                .expectNoEvents();
    }

    /** Totals (illustrative): 87, 80, 80, 70, 65, 65; equal totals are listed by unit id. */
    private static List<Object> allScored() {
        return withEvents(launched(), scoredAndFinalised(INTERNATIONAL_COOPERATION, "50", "30"),
                scoredAndFinalised(CIVIL_JUDGMENT_ENFORCEMENT, "58", "29"),
                scoredAndFinalised(GENERAL_ISSUES_ON_LAW_MAKING, "55", "25"),
                scoredAndFinalised(EMULATION_AND_COMMENDATION, "45", "20"),
                scoredAndFinalised(ILLUSTRATIVE_A, "50", "20"),
                scoredAndFinalised(ILLUSTRATIVE_B, "40", "25"));
    }

    private static RankingPublished published() {
        return new RankingPublished(CAMPAIGN, CLUSTER, 2022, List.of(), RankingMethod.STANDARD_COMPETITION,
                Rules.CATALOG.forYear(2022).reference(RuleCode.RANKING));
    }

    private static RankedUnit ranked(int rank, UnitRef unit, String duties, String movement) {
        return new RankedUnit(rank, unit, new BigDecimal(duties).add(new BigDecimal(movement)), scores(duties, movement));
    }

    @SafeVarargs
    private static List<Object> withEvents(Object first, List<Object>... more) {
        List<Object> events = new ArrayList<>(List.of(first));
        for (List<Object> batch : more) {
            events.addAll(batch);
        }
        return events;
    }

    private static List<Object> withEvents(List<Object> first, List<Object> more) {
        List<Object> events = new ArrayList<>(first);
        events.addAll(more);
        return events;
    }

    /** The campaign with its pledge register, as Axon holds it after these events, round-trips through Jackson. */
    @Test
    void itsStateSurvivesASnapshot() {
        fixture.given(launched(), windowSet(),
                      new CovenantSigned(CAMPAIGN, 2022, INTERNATIONAL_COOPERATION, LAUNCHED_ON),
                      selfAssessed(ILLUSTRATIVE_A, DUTIES, "50.25"),
                      new ScoreAdjusted(CAMPAIGN, 2022, ILLUSTRATIVE_A, DUTIES.criterionId(), DUTIES.name(),
                                        new BigDecimal("50.25"), new BigDecimal("48"), "Thiếu minh chứng"),
                      finalised(ILLUSTRATIVE_A, "48", "0"),
                      new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId("cc-1"), "Cá nhân minh họa",
                                           RegistrantKind.INDIVIDUAL, ILLUSTRATIVE_A, null, List.of(Title.ADVANCED_WORKER),
                                           LAUNCHED_ON))
               .when(new SignCovenant(CAMPAIGN, ILLUSTRATIVE_A.id()))
               .expectSuccessfulHandlerExecution()
               .expectState(Snapshots::assertSurvivesJackson);
    }
}
