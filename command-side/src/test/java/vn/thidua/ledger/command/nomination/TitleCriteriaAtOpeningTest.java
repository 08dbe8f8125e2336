package vn.thidua.ledger.command.nomination;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FIGHTER;
import static vn.thidua.ledger.command.fixtures.Nominations2022.FLAG_CANDIDATES;
import static vn.thidua.ledger.command.fixtures.Nominations2022.MEMBER_UNIT_VOTERS;
import static vn.thidua.ledger.command.fixtures.Nominations2022.councilRoundOpened;
import static vn.thidua.ledger.command.fixtures.Nominations2022.flagRoundOpened;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.council.CouncilRoster;
import vn.thidua.ledger.command.council.CouncilThreshold;
import vn.thidua.ledger.command.fixtures.Council2022;
import vn.thidua.ledger.command.fixtures.Records;
import vn.thidua.ledger.command.record.Standings;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.nomination.Candidate;
import vn.thidua.ledger.events.nomination.VotingBody;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.RecognitionLevel;
import vn.thidua.ledger.events.record.TaskCompletionGrade;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * R2, R3 and R5 when a round opens, under the 2022 rules (v1, Decree 91/2017) unless a test says 2024 (v2). The
 * candidates are the demo year's illustrative council candidate and a demo unit; their records are illustrative.
 */
class TitleCriteriaAtOpeningTest {

    private static final RegistrantId PERSON = FIGHTER.registrantId();
    private static final RegistrantId UNIT = THADS.registrantId();
    private static final CampaignId CAMPAIGN_2022 = ClusterIv2022.CAMPAIGN;
    private static final CampaignId CAMPAIGN_2024 = CampaignId.of(ClusterIv2022.CLUSTER, 2024);

    private final AggregateTestFixture<NominationRound> fixture = RoundKeysForTests.fixture(new InMemoryRoundKeyVault());
    private static final LocalDate DAY_2024 = LocalDate.of(2024, 12, 10);
    private static final CouncilThreshold THRESHOLD_2024 =
            new CouncilThreshold(new BigDecimal("0.9"), "2/QĐ-HĐTĐKT (minh họa)", LocalDate.of(2024, 1, 15));

    private final AggregateTestFixture<NominationRound> fixture2024 =
            RoundKeysForTests.fixtureOn(new InMemoryRoundKeyVault(), DAY_2024);

    private static Candidate person(Title title) {
        return new Candidate(PERSON, FIGHTER.name(), FIGHTER.unit(), List.of(title));
    }

    /**
     * A council round of the fixture's day, voted by the council's roster of that day; from 2024 the grassroots
     * fighter's threshold is the council's own (R7).
     */
    private static OpenNominationRound open(int year, Title title, Candidate candidate, Standings standings) {
        CampaignId campaign = year == 2022 ? CAMPAIGN_2022 : CAMPAIGN_2024;
        CouncilRoster council = year == 2022 ? Council2022.rosterOn(ClusterIv2022.CONFERENCE)
                : new CouncilRoster(Council2022.COUNCIL_ID, Council2022.NAME, DAY_2024, COUNCIL, THRESHOLD_2024);
        return new OpenNominationRound(COUNCIL_ROUND, campaign, year, title, VotingBody.COUNCIL, List.of(candidate),
                List.of(), council, null, standings, null);
    }

    private static OpenNominationRound fighter2022(Records record) {
        return open(2022, Title.GRASSROOTS_EMULATION_FIGHTER, FIGHTER, Records.standings(record));
    }

    private static OpenNominationRound collective(int year, Title title, Records record) {
        Candidate unit = new Candidate(UNIT, THADS.name(), THADS.unit(), List.of(title));
        return open(year, title, unit, Records.standings(record));
    }

    // R2: Chiến sĩ thi đua cơ sở

    @Test
    void opensAGrassrootsFighterRoundForAnAdvancedWorkerWithARecognisedInitiative() {
        fixture.givenNoPriorActivity()
                .when(fighter2022(Records.of(PERSON, 2022).holding(Title.ADVANCED_WORKER)
                        .initiative(RecognitionLevel.GRASSROOTS)))
                .expectEvents(councilRoundOpened(), Council2022.taken(COUNCIL_ROUND, ClusterIv2022.CONFERENCE),
                              RoundKeysForTests.keyPublished(COUNCIL_ROUND));
    }

    @Test
    void aCandidateWithoutARecordOfTheYearIsNotChecked() {
        fixture.givenNoPriorActivity()
                .when(fighter2022(Records.of(PERSON, 2021)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotNominateAGrassrootsFighterWhoIsNotAnAdvancedWorker() {
        fixture.givenNoPriorActivity()
                .when(fighter2022(Records.of(PERSON, 2022).initiative(RecognitionLevel.MINISTRY)))
                .expectException(rejectedWith(ErrorCode.GRASSROOTS_FIGHTER_CRITERIA_UNMET))
                .expectExceptionMessage(allOf(containsString("R2"), containsString("Nghị định 91/2017/NĐ-CP"),
                        containsString("btp-thidua v1")))
                .expectNoEvents();
    }

    @Test
    void cannotNominateAGrassrootsFighterWithoutAnInitiativeUnderTheOldDecreeEvenIfExcellent() {
        fixture.givenNoPriorActivity()
                .when(fighter2022(Records.of(PERSON, 2022).holding(Title.ADVANCED_WORKER)
                        .graded(TaskCompletionGrade.EXCELLENT)))
                .expectException(rejectedWith(ErrorCode.GRASSROOTS_FIGHTER_CRITERIA_UNMET))
                .expectNoEvents();
    }

    @Test
    void from2024AnExcellentCompletionStandsInForTheInitiative() {
        fixture2024.givenNoPriorActivity()
                .when(open(2024, Title.GRASSROOTS_EMULATION_FIGHTER, FIGHTER, Records.standings(
                        Records.of(PERSON, 2024).holding(Title.ADVANCED_WORKER).graded(TaskCompletionGrade.EXCELLENT))))
                .expectSuccessfulHandlerExecution();
        fixture2024.givenNoPriorActivity()
                .when(open(2024, Title.GRASSROOTS_EMULATION_FIGHTER, FIGHTER, Records.standings(
                        Records.of(PERSON, 2024).holding(Title.ADVANCED_WORKER).graded(TaskCompletionGrade.GOOD))))
                .expectException(rejectedWith(ErrorCode.GRASSROOTS_FIGHTER_CRITERIA_UNMET))
                .expectExceptionMessage(containsString("btp-thidua v2"))
                .expectNoEvents();
    }

    // R3: Chiến sĩ thi đua cấp Bộ, toàn quốc

    private static Records grassrootsFighter(int year) {
        return Records.of(PERSON, year).holding(Title.ADVANCED_WORKER, Title.GRASSROOTS_EMULATION_FIGHTER)
                .initiative(RecognitionLevel.GRASSROOTS);
    }

    @Test
    void opensAMinistryFighterRoundAfterThreeConsecutiveGrassrootsYearsAndAMinistryInitiative() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.MINISTRY_EMULATION_FIGHTER, person(Title.MINISTRY_EMULATION_FIGHTER),
                        Records.standings(grassrootsFighter(2020), grassrootsFighter(2021),
                                grassrootsFighter(2022).initiative(RecognitionLevel.MINISTRY))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotNominateAMinistryFighterWhoseGrassrootsStreakIsBroken() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.MINISTRY_EMULATION_FIGHTER, person(Title.MINISTRY_EMULATION_FIGHTER),
                        Records.standings(grassrootsFighter(2019), grassrootsFighter(2021),
                                grassrootsFighter(2022).initiative(RecognitionLevel.MINISTRY))))
                .expectException(rejectedWith(ErrorCode.FIGHTER_STREAK_UNMET))
                .expectExceptionMessage(containsString("R3"))
                .expectNoEvents();
    }

    @Test
    void cannotNominateAMinistryFighterWithoutAnInitiativeOfMinistryScope() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.MINISTRY_EMULATION_FIGHTER, person(Title.MINISTRY_EMULATION_FIGHTER),
                        Records.standings(grassrootsFighter(2020), grassrootsFighter(2021), grassrootsFighter(2022))))
                .expectException(rejectedWith(ErrorCode.FIGHTER_STREAK_UNMET))
                .expectNoEvents();
    }

    private static Records ministryFighter(int year) {
        return grassrootsFighter(year).holding(Title.MINISTRY_EMULATION_FIGHTER);
    }

    @Test
    void opensANationalFighterRoundAfterTwoMinistryTitlesAndANationalInitiative() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.NATIONAL_EMULATION_FIGHTER, person(Title.NATIONAL_EMULATION_FIGHTER),
                        Records.standings(ministryFighter(2019), ministryFighter(2022)
                                .initiative(RecognitionLevel.NATIONAL))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotNominateANationalFighterWithOneMinistryTitle() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.NATIONAL_EMULATION_FIGHTER, person(Title.NATIONAL_EMULATION_FIGHTER),
                        Records.standings(grassrootsFighter(2019), ministryFighter(2022)
                                .initiative(RecognitionLevel.NATIONAL))))
                .expectException(rejectedWith(ErrorCode.FIGHTER_STREAK_UNMET))
                .expectNoEvents();
    }

    @Test
    void cannotNominateANationalFighterWithoutANationalInitiative() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.NATIONAL_EMULATION_FIGHTER, person(Title.NATIONAL_EMULATION_FIGHTER),
                        Records.standings(ministryFighter(2019), ministryFighter(2022)
                                .initiative(RecognitionLevel.MINISTRY))))
                .expectException(rejectedWith(ErrorCode.FIGHTER_STREAK_UNMET))
                .expectNoEvents();
    }

    // R5: Tập thể lao động tiên tiến / xuất sắc

    @Test
    void opensAnAdvancedCollectiveRoundForAUnitWithMoreThanHalfAdvancedWorkers() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.ADVANCED_COLLECTIVE, Records.of(UNIT, 2022).staff(40, 21, 0, 38)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotNominateAnAdvancedCollectiveWithHalfItsStaffAdvancedWorkers() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.ADVANCED_COLLECTIVE, Records.of(UNIT, 2022).staff(40, 20, 0, 40)))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectExceptionMessage(allOf(containsString("R5"), containsString("20 Lao động tiên tiến of 40"),
                        containsString("not more than 50%")))
                .expectNoEvents();
    }

    @Test
    void aReprimandedMemberDoesNotDisqualifyTheCollective() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.ADVANCED_COLLECTIVE,
                        Records.of(UNIT, 2022).staff(40, 30, 0, 40, DisciplineLevel.REPRIMAND)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotNominateACollectiveWithAMemberDisciplinedFromWarningUp() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.ADVANCED_COLLECTIVE,
                        Records.of(UNIT, 2022).staff(40, 30, 0, 40, DisciplineLevel.WARNING)))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectExceptionMessage(containsString("Cảnh cáo"))
                .expectNoEvents();
        fixture2024.givenNoPriorActivity()
                .when(collective(2024, Title.EXCELLENT_COLLECTIVE,
                        Records.of(UNIT, 2024).staff(40, 35, 2, 40, DisciplineLevel.DEMOTION)))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectNoEvents();
    }

    @Test
    void cannotNominateACollectiveWhoseRecordHasNoStaffCounts() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.ADVANCED_COLLECTIVE,
                        Records.of(UNIT, 2022).graded(TaskCompletionGrade.GOOD)))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectExceptionMessage(containsString("số công chức, viên chức, người lao động"))
                .expectNoEvents();
    }

    @Test
    void opensAnExcellentCollectiveRoundAtSeventyPercentWithAGrassrootsFighterAndAllDutiesDone() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.EXCELLENT_COLLECTIVE, Records.of(UNIT, 2022).staff(10, 7, 1, 10)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotNominateAnExcellentCollectiveBelowSeventyPercentAdvancedWorkers() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.EXCELLENT_COLLECTIVE, Records.of(UNIT, 2022).staff(10, 6, 1, 10)))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectExceptionMessage(containsString("less than 70%"))
                .expectNoEvents();
    }

    @Test
    void cannotNominateAnExcellentCollectiveWhereSomeoneDidNotCompleteTheirDuties() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.EXCELLENT_COLLECTIVE, Records.of(UNIT, 2022).staff(10, 8, 1, 9)))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectNoEvents();
    }

    @Test
    void cannotNominateAnExcellentCollectiveWithoutAGrassrootsFighter() {
        fixture.givenNoPriorActivity()
                .when(collective(2022, Title.EXCELLENT_COLLECTIVE, Records.of(UNIT, 2022).staff(10, 8, 0, 10)))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectExceptionMessage(containsString("no Chiến sĩ thi đua cơ sở"))
                .expectNoEvents();
    }

    @Test
    void theFlagCandidatesAreNotHeldToTheCollectiveTitleCriteria() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(Conference2022.FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS, FLAG_CANDIDATES, MEMBER_UNIT_VOTERS,
                        null, null, Records.standings(Records.of(UNIT, 2022).staff(40, 10, 0, 20, DisciplineLevel.WARNING)), null))
                .expectEvents(flagRoundOpened());
    }

    // The campaign's switch: records required (EmulationRecordsRequired)

    @Test
    void whereRecordsAreRequiredAGrassrootsFighterWithoutARecordOfTheYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.GRASSROOTS_EMULATION_FIGHTER, FIGHTER,
                        Records.standings(Records.of(PERSON, 2021).holding(Title.ADVANCED_WORKER)).requiringRecords(true)))
                .expectException(rejectedWith(ErrorCode.EMULATION_RECORD_MISSING))
                .expectExceptionMessage(allOf(containsString("R2"), containsString("btp-thidua v1"),
                        containsString("no hồ sơ thi đua for 2022")))
                .expectNoEvents();
    }

    @Test
    void whereRecordsAreRequiredAMinistryFighterWithoutARecordOfTheYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.MINISTRY_EMULATION_FIGHTER, person(Title.MINISTRY_EMULATION_FIGHTER),
                        Standings.none().requiringRecords(true)))
                .expectException(rejectedWith(ErrorCode.EMULATION_RECORD_MISSING))
                .expectExceptionMessage(containsString("R3"))
                .expectNoEvents();
    }

    @Test
    void whereRecordsAreRequiredACollectiveWithoutARecordOfTheYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.ADVANCED_COLLECTIVE,
                        new Candidate(UNIT, THADS.name(), THADS.unit(), List.of(Title.ADVANCED_COLLECTIVE)),
                        Standings.none().requiringRecords(true)))
                .expectException(rejectedWith(ErrorCode.EMULATION_RECORD_MISSING))
                .expectExceptionMessage(containsString("R5"))
                .expectNoEvents();
    }

    @Test
    void whereRecordsAreRequiredACandidateWithARecordIsCheckedAsUsual() {
        fixture.givenNoPriorActivity()
                .when(open(2022, Title.GRASSROOTS_EMULATION_FIGHTER, FIGHTER, Records.standings(
                        Records.of(PERSON, 2022).holding(Title.ADVANCED_WORKER).initiative(RecognitionLevel.GRASSROOTS))
                        .requiringRecords(true)))
                .expectEvents(councilRoundOpened(), Council2022.taken(COUNCIL_ROUND, ClusterIv2022.CONFERENCE),
                              RoundKeysForTests.keyPublished(COUNCIL_ROUND));
    }

    @Test
    void whereRecordsAreRequiredTheFlagCandidatesStillNeedNone() {
        fixture.givenNoPriorActivity()
                .when(new OpenNominationRound(Conference2022.FLAG_ROUND, ClusterIv2022.CAMPAIGN, 2022,
                        Title.SECTOR_EMULATION_FLAG, VotingBody.MEMBER_UNITS, FLAG_CANDIDATES, MEMBER_UNIT_VOTERS,
                        null, null, Standings.none().requiringRecords(true), null))
                .expectEvents(flagRoundOpened());
    }
}
