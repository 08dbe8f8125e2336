package vn.thidua.ledger.command.record;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;
import vn.thidua.ledger.events.record.EmulationRecordEvent;
import vn.thidua.ledger.events.record.StaffCountRecorded;
import vn.thidua.ledger.events.record.TitleConferred;

/** Which records a round or decision reads, from event-sourced record aggregates; the facts are illustrative. */
class RecordFactsTest {

    private static final UnitRef UNIT = new UnitRef(new UnitId("vu-htqt"), "Vụ Hợp tác quốc tế");
    private static final RegistrantId UNIT_HOLDER = new RegistrantId("vu-htqt");
    private static final RegistrantId PERSON = new RegistrantId("cc-htqt-1");
    private static final Nominee NOMINEE = new Nominee(PERSON, "Cá nhân minh họa", UNIT);

    private EmbeddedEventStore store;
    private RecordFacts facts;

    @BeforeEach
    void setUp() {
        store = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine()).build();
        EventSourcingRepository<EmulationRecord> repository = EventSourcingRepository.builder(EmulationRecord.class)
                .eventStore(store).build();
        facts = new RecordFacts(new AggregateReader<>(() -> repository));
        for (int year = 2014; year <= 2022; year++) {
            store(new TitleConferred(RecordId.of(PERSON, year), PERSON, year, Title.GRASSROOTS_EMULATION_FIGHTER,
                    year + "/QĐ (minh họa)"));
        }
        store(new StaffCountRecorded(RecordId.of(UNIT_HOLDER, 2022), UNIT_HOLDER, 2022, 40, 30, 4, 40, null));
    }

    private void store(EmulationRecordEvent event) {
        store.publish(new GenericDomainEventMessage<>("EmulationRecord", event.recordId().value(), 0, event));
    }

    @Test
    void aGrassrootsFighterRoundReadsTheYearsRecordsOfTheNomineesAndOfTheirUnits() {
        Standings standings = facts.forTitle(Title.GRASSROOTS_EMULATION_FIGHTER, 2022, List.of(NOMINEE), false);
        assertThat(standings.byRecord()).containsOnlyKeys("cc-htqt-1-2022", "vu-htqt-2022");
    }

    @Test
    void theEmulationFightersOfMinistryAndNationalLevelReadTheSixYearsBefore() {
        Standings standings = facts.forTitle(Title.MINISTRY_EMULATION_FIGHTER, 2022, List.of(NOMINEE), false);
        assertThat(standings.byRecord()).hasSize(RecordFacts.STREAK_LOOK_BACK + 1)
                .containsKeys("cc-htqt-1-2016", "cc-htqt-1-2022").doesNotContainKey("cc-htqt-1-2015");
    }

    @Test
    void aCollectiveTitleReadsTheNomineeUnitsOwnRecord() {
        Nominee unit = new Nominee(UNIT_HOLDER, UNIT.name(), UNIT);
        assertThat(facts.forTitle(Title.ADVANCED_COLLECTIVE, 2022, List.of(unit), false).of(UNIT_HOLDER, 2022))
                .hasValueSatisfying(standing -> assertThat(standing.staff().advancedWorkers()).isEqualTo(30));
    }

    @Test
    void aYearWithoutARecordIsAbsentAndTitlesWithoutCriteriaReadNothing() {
        assertThat(facts.forTitle(Title.GRASSROOTS_EMULATION_FIGHTER, 2023, List.of(NOMINEE), false).byRecord()).isEmpty();
        assertThat(facts.forTitle(Title.SECTOR_EMULATION_FLAG, 2022, List.of(NOMINEE), false).byRecord()).isEmpty();
        assertThat(facts.forTitle(Title.ADVANCED_WORKER, 2022, List.of(NOMINEE), false).byRecord()).isEmpty();
    }

    @Test
    void aRehearsalsOwnRecordsAreReadFirstAndTheLedgersForTheRest() {
        EmbeddedEventStore rehearsal = EmbeddedEventStore.builder().storageEngine(new InMemoryEventStorageEngine())
                .build();
        EventSourcingRepository<EmulationRecord> own = EventSourcingRepository.builder(EmulationRecord.class)
                .eventStore(rehearsal).build();
        RegistrantId newcomer = new RegistrantId("cc-htqt-2");
        rehearsal.publish(new GenericDomainEventMessage<>("EmulationRecord", RecordId.of(newcomer, 2022).value(), 0,
                new TitleConferred(RecordId.of(newcomer, 2022), newcomer, 2022, Title.ADVANCED_WORKER,
                        "1/QĐ (minh họa)")));
        RecordFacts both = facts.readingFirst(new AggregateReader<>(() -> own));

        Standings standings = both.forTitle(Title.GRASSROOTS_EMULATION_FIGHTER, 2022,
                List.of(NOMINEE, new Nominee(newcomer, "Cá nhân minh họa 2", UNIT)), true);
        assertThat(standings.of(newcomer, 2022)).get().satisfies(s -> assertThat(s.holds(Title.ADVANCED_WORKER)).isTrue());
        assertThat(standings.of(PERSON, 2022)).isPresent();
        assertThat(standings.of(UNIT_HOLDER, 2022)).isPresent();
        assertThat(standings.recordsRequired()).isTrue();
    }
}
