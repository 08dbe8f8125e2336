package vn.thidua.ledger.command.decision;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static vn.thidua.ledger.command.fixtures.Nominations2022.COUNCIL_ROUND;
import static vn.thidua.ledger.command.fixtures.Rejections.rejectedWith;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.fixtures.Records;
import vn.thidua.ledger.command.fixtures.Rules;
import vn.thidua.ledger.command.record.Standings;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.decision.Recipient;
import vn.thidua.ledger.events.record.DisciplineLevel;
import vn.thidua.ledger.events.record.RecognitionLevel;

/**
 * R2, R4 and R5 when a commendation is decided: a record may have changed since the round opened (a discipline
 * found late), and R4 counts the recipients, known only now. The people, counts and decision numbers are
 * illustrative (minh họa); the units are the demo cluster's.
 */
class TitleCriteriaAtDecisionTest {

    private static final String SIGNER = "Thứ trưởng Bộ Tư pháp (minh họa)";
    /** Four people of Vụ Hợp tác quốc tế, each an Advanced Worker with a recognised initiative. */
    private static final List<Recipient> FOUR_OF_HTQT = IntStream.rangeClosed(1, 4)
            .mapToObj(i -> new Recipient(new RegistrantId("cc-htqt-" + i), "Cá nhân minh họa " + i, HTQT.unit()))
            .toList();

    private AggregateTestFixture<Decision> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Decision.class);
        fixture.registerInjectableResource(Rules.CATALOG);
        // No decision of these tests was recorded under a legacy id.
        fixture.registerInjectableResource((LegacyDecisions) legacyId -> Optional.empty());
    }

    /** An award citing a council round opened under the year's default rules. */
    private static IssueCommendationDecision award(int year, Title title, List<Recipient> winners,
                                                  Standings standings) {
        return awardCiting(Rules.CATALOG.forYear(year), year, title, winners, standings);
    }

    /** An award citing a council round opened under {@code roundRules}, whatever the year. */
    private static IssueCommendationDecision awardCiting(RuleSet roundRules, int year, Title title,
                                                        List<Recipient> winners, Standings standings) {
        return new IssueCommendationDecision("90/QĐ-BTP", CONFERENCE, SIGNER, CommendationKind.AWARD, title, year,
                COUNCIL_ROUND, roundRules.reference(RuleCode.R7), winners,
                winners.stream().map(Recipient::registrantId).toList(), null, standings);
    }

    private static Records qualifiedFighter(Recipient person, int year) {
        return Records.of(person.registrantId(), year).holding(Title.ADVANCED_WORKER)
                .initiative(RecognitionLevel.GRASSROOTS);
    }

    private static Standings fightersAndTheirUnit(int year, int unitAdvancedWorkers) {
        List<Records> records = new java.util.ArrayList<>(FOUR_OF_HTQT.stream()
                .map(person -> qualifiedFighter(person, year)).toList());
        records.add(Records.of(HTQT.registrantId(), year).staff(40, unitAdvancedWorkers, 4, 40));
        return Records.standings(records.toArray(Records[]::new));
    }

    @Test
    void awardsGrassrootsFightersWithinFifteenPercentOfTheUnitsAdvancedWorkers() {
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.GRASSROOTS_EMULATION_FIGHTER, FOUR_OF_HTQT, fightersAndTheirUnit(2022, 27)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotAwardMoreGrassrootsFightersThanFifteenPercentOfTheUnitsAdvancedWorkers() {
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.GRASSROOTS_EMULATION_FIGHTER, FOUR_OF_HTQT, fightersAndTheirUnit(2022, 26)))
                .expectException(rejectedWith(ErrorCode.GRASSROOTS_FIGHTER_SHARE_EXCEEDED))
                .expectExceptionMessage(allOf(containsString("R4"), containsString("Nghị định 91/2017/NĐ-CP"),
                        containsString("at most 3"), containsString("got 4")))
                .expectNoEvents();
    }

    @Test
    void from2024TheRuleSetHasNoShareCap() {
        fixture.givenNoPriorActivity()
                .when(award(2024, Title.GRASSROOTS_EMULATION_FIGHTER, FOUR_OF_HTQT, fightersAndTheirUnit(2024, 4)))
                .expectSuccessfulHandlerExecution();
    }

    /**
     * The 2024 campaign launched with a DOSSIER_RECEIVED override stayed on v1, and so did its round: the decision
     * citing that round applies v1, whose R4 caps the unit's grassroots emulation fighters, although v2 has no cap.
     */
    @Test
    void aDecisionCitingARoundKeptOnTheOldRulesCapsGrassrootsFightersIn2024() {
        fixture.givenNoPriorActivity()
                .when(awardCiting(Rules.CATALOG.byIdAndVersion("btp-thidua", 1), 2024,
                        Title.GRASSROOTS_EMULATION_FIGHTER, FOUR_OF_HTQT, fightersAndTheirUnit(2024, 26)))
                .expectException(rejectedWith(ErrorCode.GRASSROOTS_FIGHTER_SHARE_EXCEEDED))
                .expectExceptionMessage(allOf(containsString("R4"), containsString("btp-thidua v1")))
                .expectNoEvents();
    }

    @Test
    void aUnitWithoutStaffCountsIsNotCapped() {
        Standings peopleOnly = Records.standings(FOUR_OF_HTQT.stream().map(person -> qualifiedFighter(person, 2022))
                .toArray(Records[]::new));
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.GRASSROOTS_EMULATION_FIGHTER, FOUR_OF_HTQT, peopleOnly))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void cannotAwardAGrassrootsFighterWhoseRecordLostTheAdvancedWorkerTitle() {
        Recipient person = FOUR_OF_HTQT.get(0);
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.GRASSROOTS_EMULATION_FIGHTER, List.of(person), Records.standings(
                        Records.of(person.registrantId(), 2022).initiative(RecognitionLevel.GRASSROOTS))))
                .expectException(rejectedWith(ErrorCode.GRASSROOTS_FIGHTER_CRITERIA_UNMET))
                .expectNoEvents();
    }

    @Test
    void cannotAwardACollectiveTitleOnceAMembersWarningIsRecorded() {
        Recipient unit = new Recipient(THADS.registrantId(), THADS.name(), THADS.unit());
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.ADVANCED_COLLECTIVE, List.of(unit), Records.standings(
                        Records.of(THADS.registrantId(), 2022).staff(40, 30, 2, 40, DisciplineLevel.WARNING))))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectExceptionMessage(containsString("R5"))
                .expectNoEvents();
    }

    @Test
    void cannotProposeAnExcellentCollectiveBelowSeventyPercent() {
        Recipient unit = new Recipient(THADS.registrantId(), THADS.name(), THADS.unit());
        IssueCommendationDecision award = award(2022, Title.EXCELLENT_COLLECTIVE, List.of(unit), Records.standings(
                Records.of(THADS.registrantId(), 2022).staff(40, 27, 2, 40)));
        fixture.givenNoPriorActivity()
                .when(new IssueCommendationDecision(award.decisionNumber(), award.signedOn(), award.signedBy(),
                        CommendationKind.PROPOSAL, award.title(), award.year(), award.roundId(), award.roundRule(),
                        award.roundWinners(), award.recipients(), null, award.standings()))
                .expectException(rejectedWith(ErrorCode.COLLECTIVE_CRITERIA_UNMET))
                .expectNoEvents();
    }

    @Test
    void whereRecordsAreRequiredCannotAwardAGrassrootsFighterWhoseRecordOfTheYearIsMissing() {
        Recipient withRecord = FOUR_OF_HTQT.get(0);
        Recipient withoutRecord = FOUR_OF_HTQT.get(1);
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.GRASSROOTS_EMULATION_FIGHTER, List.of(withRecord, withoutRecord),
                        Records.standings(qualifiedFighter(withRecord, 2022)).requiringRecords(true)))
                .expectException(rejectedWith(ErrorCode.EMULATION_RECORD_MISSING))
                .expectExceptionMessage(allOf(containsString("R2"), containsString(withoutRecord.name())))
                .expectNoEvents();
    }

    @Test
    void whereRecordsAreRequiredCannotAwardACollectiveTitleWithoutTheUnitsRecord() {
        Recipient unit = new Recipient(THADS.registrantId(), THADS.name(), THADS.unit());
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.EXCELLENT_COLLECTIVE, List.of(unit), Standings.none().requiringRecords(true)))
                .expectException(rejectedWith(ErrorCode.EMULATION_RECORD_MISSING))
                .expectExceptionMessage(containsString("R5"))
                .expectNoEvents();
    }

    @Test
    void whereRecordsAreRequiredAwardsRecipientsWhoseRecordsMeetTheCriteria() {
        fixture.givenNoPriorActivity()
                .when(award(2022, Title.GRASSROOTS_EMULATION_FIGHTER, FOUR_OF_HTQT,
                        fightersAndTheirUnit(2022, 27).requiringRecords(true)))
                .expectSuccessfulHandlerExecution();
    }
}
