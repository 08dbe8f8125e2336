package vn.thidua.ledger.command.campaign;

import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.pledge.RegistrantKind;
import vn.thidua.ledger.events.pledge.PledgeRegistered;
import vn.thidua.ledger.command.fixtures.Snapshots;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CAMPAIGN;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.LAUNCHED_ON;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBER_UNITS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_B;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_C;
import static vn.thidua.ledger.fixtures.ClusterIv2022.OUTSIDER;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.YEAR;
import static vn.thidua.ledger.fixtures.ClusterIv2022.campaignName;
import static vn.thidua.ledger.fixtures.ClusterIv2022Events.CANONICAL;
import static vn.thidua.ledger.fixtures.Criteria2022.BONUS;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;
import static vn.thidua.ledger.fixtures.Criteria2022.MOVEMENT;
import static vn.thidua.ledger.fixtures.Criteria2022.ORGANISATION;
import static vn.thidua.ledger.fixtures.Criteria2022.PENALTY;
import static vn.thidua.ledger.fixtures.Criteria2022.SCHEME;

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
import vn.thidua.ledger.command.fixtures.CampaignFixture;
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

    private static final UnitRef UNIT_A = MINH_HOA_A.unit();

    private AggregateTestFixture<Campaign> fixture;

    @BeforeEach
    void setUp() {
        fixture = CampaignFixture.on(LAUNCHED_ON);
    }

    private static LaunchCampaign launch2022() {
        return new LaunchCampaign(CAMPAIGN, CLUSTER, CLUSTER_NAME, 2022, campaignName(YEAR), SCHEME, MEMBER_UNITS);
    }

    @Test
    void launchesTheYearUnderTheRuleSetInForceOnItsFirstDay() {
        fixture.givenNoPriorActivity()
                .when(launch2022())
                .expectEvents(CANONICAL.launched());
    }

    @Test
    void aCampaignFrom2024OnIsLaunchedUnderTheLawOf2022() {
        CampaignId campaign2024 = CampaignId.of(CLUSTER, 2024);
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(campaign2024, CLUSTER, CLUSTER_NAME, 2024, campaignName(2024), SCHEME,
                        MEMBER_UNITS))
                .expectEvents(new CampaignLaunched(campaign2024, CLUSTER, CLUSTER_NAME, 2024, campaignName(2024),
                        SCHEME, MEMBER_UNITS, "btp-thidua", 2, LAUNCHED_ON));
    }

    @Test
    void cannotLaunchTheSameCampaignTwice() {
        fixture.given(CANONICAL.launched())
                .when(launch2022())
                .expectException(rejectedWith(ErrorCode.ALREADY_EXISTS))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWhoseIdIsNotTheClusterAndYear() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(new CampaignId("some-other-id"), CLUSTER, CLUSTER_NAME, 2022,
                        campaignName(YEAR), SCHEME, MEMBER_UNITS))
                .expectException(rejectedWith(ErrorCode.INCONSISTENT_IDS))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignForAYearWithoutRules() {
        CampaignId campaign2010 = CampaignId.of(CLUSTER, 2010);
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(campaign2010, CLUSTER, CLUSTER_NAME, 2010, campaignName(2010), SCHEME,
                        MEMBER_UNITS))
                .expectException(rejectedWith(ErrorCode.RULE_SET_NOT_FOUND))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWithoutMembers() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(CAMPAIGN, CLUSTER, CLUSTER_NAME, 2022, campaignName(YEAR), SCHEME, List.of()))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectExceptionMessage(org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.containsString(CLUSTER_NAME),
                        org.hamcrest.Matchers.containsString("no member units in 2022")))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWithoutAScoredCriterion() {
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(CAMPAIGN, CLUSTER, CLUSTER_NAME, 2022, campaignName(YEAR),
                        new ScoringScheme(List.of(BONUS)), MEMBER_UNITS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void cannotLaunchACampaignWithANonPositiveCeiling() {
        Criterion zero = new Criterion(new CriterionId("tc-0"), "Tiêu chí không điểm (minh họa)", CriterionKind.SCORED,
                BigDecimal.ZERO);
        fixture.givenNoPriorActivity()
                .when(new LaunchCampaign(CAMPAIGN, CLUSTER, CLUSTER_NAME, 2022, campaignName(YEAR),
                        new ScoringScheme(List.of(zero)), MEMBER_UNITS))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void setsTheRegistrationWindow() {
        fixture.given(CANONICAL.launched())
                .when(new SetRegistrationWindow(CAMPAIGN, LocalDate.of(2022, 2, 15), LocalDate.of(2022, 3, 31)))
                .expectEvents(CANONICAL.windowSet());
    }

    @Test
    void cannotSetAWindowThatClosesBeforeItOpens() {
        fixture.given(CANONICAL.launched())
                .when(new SetRegistrationWindow(CAMPAIGN, LocalDate.of(2022, 3, 31), LocalDate.of(2022, 2, 15)))
                .expectException(rejectedWith(ErrorCode.INVALID_INPUT))
                .expectNoEvents();
    }

    @Test
    void aMemberSignsTheCovenant() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, HTQT.unit().id()))
                .expectEvents(new CovenantSigned(CAMPAIGN, 2022, HTQT.unit(), LAUNCHED_ON));
    }

    @Test
    void cannotSignTheCovenantTwice() {
        fixture.given(CANONICAL.launched(), new CovenantSigned(CAMPAIGN, 2022, HTQT.unit(), LAUNCHED_ON))
                .when(new SignCovenant(CAMPAIGN, HTQT.unit().id()))
                .expectException(rejectedWith(ErrorCode.COVENANT_ALREADY_SIGNED))
                .expectNoEvents();
    }

    @Test
    void aUnitOutsideTheClusterCannotSignTheCovenant() {
        fixture.given(CANONICAL.launched())
                .when(new SignCovenant(CAMPAIGN, OUTSIDER.id()))
                .expectException(rejectedWith(ErrorCode.NOT_A_CAMPAIGN_MEMBER))
                .expectNoEvents();
    }

    @Test
    void aMemberScoresItselfOnACriterion() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, UNIT_A.id(), DUTIES.criterionId(), new BigDecimal("55.5")))
                .expectEvents(CANONICAL.selfAssessed(UNIT_A, DUTIES, "55.5"));
    }

    @Test
    void cannotScoreAboveTheCriterionMaximum() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, UNIT_A.id(), DUTIES.criterionId(), new BigDecimal("60.01")))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void cannotScoreBelowZero() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, UNIT_A.id(), DUTIES.criterionId(), new BigDecimal("-1")))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void cannotScoreInFinerGrainThanHundredths() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, UNIT_A.id(), DUTIES.criterionId(), new BigDecimal("1.001")))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void cannotScoreACriterionThatIsNotInTheTable() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, UNIT_A.id(), new CriterionId("tc-99"), BigDecimal.ONE))
                .expectException(rejectedWith(ErrorCode.UNKNOWN_CRITERION))
                .expectNoEvents();
    }

    @Test
    void aUnitOutsideTheClusterCannotScoreItself() {
        fixture.given(CANONICAL.launched())
                .when(new SelfAssessScore(CAMPAIGN, OUTSIDER.id(), DUTIES.criterionId(), BigDecimal.ONE))
                .expectException(rejectedWith(ErrorCode.NOT_A_CAMPAIGN_MEMBER))
                .expectNoEvents();
    }

    @Test
    void cannotScoreAfterTheScorecardIsFinal() {
        fixture.given(withEvents(CANONICAL.launched(), scoredAndFinalised(UNIT_A, "50", "25", "10")))
                .when(new SelfAssessScore(CAMPAIGN, UNIT_A.id(), DUTIES.criterionId(), new BigDecimal("60")))
                .expectException(rejectedWith(ErrorCode.SCORECARD_FINALISED))
                .expectNoEvents();
    }

    @Test
    void aReviewerAdjustsAScoreWithAReason() {
        fixture.given(CANONICAL.launched(), CANONICAL.selfAssessed(UNIT_A, DUTIES, "58"))
                .when(new AdjustScore(CAMPAIGN, UNIT_A.id(), DUTIES.criterionId(), new BigDecimal("52"),
                        "Chưa có minh chứng cho 2 nhiệm vụ"))
                .expectEvents(new ScoreAdjusted(CAMPAIGN, 2022, UNIT_A, DUTIES.criterionId(), DUTIES.name(),
                        new BigDecimal("58"), new BigDecimal("52"), "Chưa có minh chứng cho 2 nhiệm vụ"));
    }

    @Test
    void cannotAdjustAScoreWithoutAReason() {
        fixture.given(CANONICAL.launched(), CANONICAL.selfAssessed(UNIT_A, DUTIES, "58"))
                .when(new AdjustScore(CAMPAIGN, UNIT_A.id(), DUTIES.criterionId(), new BigDecimal("52"), " "))
                .expectException(rejectedWith(ErrorCode.REASON_REQUIRED))
                .expectNoEvents();
    }

    @Test
    void cannotAdjustAScoreAboveTheMaximum() {
        fixture.given(CANONICAL.launched())
                .when(new AdjustScore(CAMPAIGN, UNIT_A.id(), BONUS.criterionId(), new BigDecimal("6"), "Lý do"))
                .expectException(rejectedWith(ErrorCode.SCORE_OUT_OF_RANGE))
                .expectNoEvents();
    }

    @Test
    void anAdjustmentOutlivesALaterSelfAssessment() {
        fixture.given(CANONICAL.launched(), CANONICAL.selfAssessed(UNIT_A, DUTIES, "58"),
                        CANONICAL.selfAssessed(UNIT_A, MOVEMENT, "30"), CANONICAL.selfAssessed(UNIT_A, ORGANISATION, "10"),
                        new ScoreAdjusted(CAMPAIGN, 2022, UNIT_A, DUTIES.criterionId(), DUTIES.name(),
                                new BigDecimal("58"), new BigDecimal("52"), "Thiếu minh chứng"),
                        CANONICAL.selfAssessed(UNIT_A, DUTIES, "60"))
                .when(new FinaliseScorecard(CAMPAIGN, UNIT_A.id()))
                .expectEvents(finalised(UNIT_A, "52", "30", "10"));
    }

    @Test
    void finalisesAScorecardWithItsTotalAfterBonusAndPenalty() {
        fixture.given(CANONICAL.launched(), CANONICAL.selfAssessed(UNIT_A, DUTIES, "50"),
                        CANONICAL.selfAssessed(UNIT_A, MOVEMENT, "20"), CANONICAL.selfAssessed(UNIT_A, ORGANISATION, "8"),
                        CANONICAL.selfAssessed(UNIT_A, BONUS, "3"), CANONICAL.selfAssessed(UNIT_A, PENALTY, "4.5"))
                .when(new FinaliseScorecard(CAMPAIGN, UNIT_A.id()))
                .expectEvents(new ScorecardFinalised(CAMPAIGN, 2022, UNIT_A, List.of(
                        new CriterionScore(DUTIES.criterionId(), DUTIES.name(), CriterionKind.SCORED, new BigDecimal("50")),
                        new CriterionScore(MOVEMENT.criterionId(), MOVEMENT.name(), CriterionKind.SCORED, new BigDecimal("20")),
                        new CriterionScore(ORGANISATION.criterionId(), ORGANISATION.name(), CriterionKind.SCORED,
                                new BigDecimal("8")),
                        new CriterionScore(BONUS.criterionId(), BONUS.name(), CriterionKind.BONUS, new BigDecimal("3")),
                        new CriterionScore(PENALTY.criterionId(), PENALTY.name(), CriterionKind.PENALTY, new BigDecimal("4.5"))),
                        new BigDecimal("76.5")));
    }

    @Test
    void cannotFinaliseAScorecardWithAnUnscoredCriterion() {
        fixture.given(CANONICAL.launched(), CANONICAL.selfAssessed(UNIT_A, DUTIES, "50"))
                .when(new FinaliseScorecard(CAMPAIGN, UNIT_A.id()))
                .expectException(rejectedWith(ErrorCode.SCORECARD_INCOMPLETE))
                .expectNoEvents();
    }

    @Test
    void cannotFinaliseAScorecardTwice() {
        fixture.given(withEvents(CANONICAL.launched(), scoredAndFinalised(UNIT_A, "50", "25", "10")))
                .when(new FinaliseScorecard(CAMPAIGN, UNIT_A.id()))
                .expectException(rejectedWith(ErrorCode.SCORECARD_FINALISED))
                .expectNoEvents();
    }

    @Test
    void publishesTheRankingWithTiesSharingARankAndTheNextRankSkipped() {
        fixture.given(allScored())
                .when(new PublishRanking(CAMPAIGN))
                .expectEvents(new RankingPublished(CAMPAIGN, CLUSTER, 2022, List.of(
                        ranked(1, THADS.unit(), "58", "29", "10"),
                        ranked(2, CVDCXDPL.unit(), "55", "25", "9"),
                        ranked(2, HTQT.unit(), "50", "30", "9"),
                        ranked(4, UNIT_A, "50", "20", "9"),
                        ranked(5, MINH_HOA_B.unit(), "40", "25", "8"),
                        ranked(5, MINH_HOA_C.unit(), "45", "20", "8")),
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
        fixture.given(CANONICAL.launched())
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
                new SignCovenant(CAMPAIGN, HTQT.unit().id()),
                new SelfAssessScore(CAMPAIGN, HTQT.unit().id(), DUTIES.criterionId(), BigDecimal.ONE),
                new AdjustScore(CAMPAIGN, HTQT.unit().id(), DUTIES.criterionId(), BigDecimal.ONE, "Lý do"),
                new FinaliseScorecard(CAMPAIGN, HTQT.unit().id()),
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

    /** Totals (illustrative): 97, 89, 89, 79, 73, 73; equal totals are listed by unit id. */
    private static List<Object> allScored() {
        return withEvents(CANONICAL.launched(), scoredAndFinalised(HTQT.unit(), "50", "30", "9"),
                scoredAndFinalised(THADS.unit(), "58", "29", "10"),
                scoredAndFinalised(CVDCXDPL.unit(), "55", "25", "9"),
                scoredAndFinalised(MINH_HOA_C.unit(), "45", "20", "8"),
                scoredAndFinalised(UNIT_A, "50", "20", "9"),
                scoredAndFinalised(MINH_HOA_B.unit(), "40", "25", "8"));
    }

    /** Self-assessment on the three scored criteria, then the card finalised: what a unit does in a year. */
    private static List<Object> scoredAndFinalised(UnitRef unit, String duties, String movement, String organisation) {
        return List.of(CANONICAL.selfAssessed(unit, DUTIES, duties), CANONICAL.selfAssessed(unit, MOVEMENT, movement),
                CANONICAL.selfAssessed(unit, ORGANISATION, organisation), finalised(unit, duties, movement, organisation));
    }

    private static ScorecardFinalised finalised(UnitRef unit, String duties, String movement, String organisation) {
        return new ScorecardFinalised(CAMPAIGN, 2022, unit, scores(duties, movement, organisation),
                total(duties, movement, organisation));
    }

    /** The card in table order, no bonus and no penalty. */
    private static List<CriterionScore> scores(String duties, String movement, String organisation) {
        return List.of(score(DUTIES, duties), score(MOVEMENT, movement), score(ORGANISATION, organisation),
                score(BONUS, "0"), score(PENALTY, "0"));
    }

    private static CriterionScore score(Criterion criterion, String points) {
        return new CriterionScore(criterion.criterionId(), criterion.name(), criterion.kind(), new BigDecimal(points));
    }

    private static BigDecimal total(String duties, String movement, String organisation) {
        return new BigDecimal(duties).add(new BigDecimal(movement)).add(new BigDecimal(organisation));
    }

    private static RankingPublished published() {
        return new RankingPublished(CAMPAIGN, CLUSTER, 2022, List.of(), RankingMethod.STANDARD_COMPETITION,
                Rules.CATALOG.forYear(2022).reference(RuleCode.RANKING));
    }

    private static RankedUnit ranked(int rank, UnitRef unit, String duties, String movement, String organisation) {
        return new RankedUnit(rank, unit, total(duties, movement, organisation), scores(duties, movement, organisation));
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

    /**
     * The campaign with its pledge register and its year-end conference, as Axon holds it after these events,
     * round-trips through Jackson.
     */
    @Test
    void itsStateSurvivesASnapshot() {
        fixture.given(CANONICAL.launched(), CANONICAL.windowSet(),
                      new CovenantSigned(CAMPAIGN, 2022, HTQT.unit(), LAUNCHED_ON),
                      CANONICAL.selfAssessed(UNIT_A, DUTIES, "50.25"),
                      new ScoreAdjusted(CAMPAIGN, 2022, UNIT_A, DUTIES.criterionId(), DUTIES.name(),
                                        new BigDecimal("50.25"), new BigDecimal("48"), "Thiếu minh chứng"),
                      finalised(UNIT_A, "48", "0", "0"),
                      new PledgeRegistered(CAMPAIGN, 2022, new RegistrantId("cc-1"), "Cá nhân minh họa",
                                           RegistrantKind.INDIVIDUAL, UNIT_A, null, List.of(Title.ADVANCED_WORKER),
                                           LAUNCHED_ON),
                      CANONICAL.conference().conferenceHeld(), CANONICAL.conference().draftPresented(),
                      CANONICAL.conference().comments().get(0))
               .when(new SignCovenant(CAMPAIGN, UNIT_A.id()))
               .expectSuccessfulHandlerExecution()
               .expectState(Snapshots::assertSurvivesJackson);
    }
}
