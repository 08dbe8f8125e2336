package vn.thidua.ledger.command.record;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.modelling.command.AggregateNotFoundException;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;
import vn.thidua.ledger.events.common.Title;

/**
 * What the title criteria need of the nominees' records, read from the record aggregates themselves
 * ({@link AggregateReader}): the year's record of each nominee and of their units (R4 counts a unit's Advanced
 * Workers), and for the emulation fighters of Ministry and national level the records of the years before (R3).
 */
public class RecordFacts {

    /**
     * How many years before the nominated one R3 reads. Six covers the longest streak of both rule sets: two
     * Ministry fighter titles, each reckoned over three years, and three years of grassroots fighter.
     */
    static final int STREAK_LOOK_BACK = 6;

    /** Where records are read, in order: the first that holds a record is its source. */
    private final List<AggregateReader<EmulationRecord>> sources;

    public RecordFacts(AggregateReader<EmulationRecord> records) {
        this(List.of(records));
    }

    private RecordFacts(List<AggregateReader<EmulationRecord>> sources) {
        this.sources = sources;
    }

    /**
     * These facts with the records of {@code first} read before them: for a workbook's rehearsal, whose own records
     * (on its private store) come before the ledger's. The importer lets a workbook bring no record the ledger
     * already holds, so no record is split between the two.
     */
    public RecordFacts readingFirst(AggregateReader<EmulationRecord> first) {
        List<AggregateReader<EmulationRecord>> both = new ArrayList<>(sources);
        both.add(0, first);
        return new RecordFacts(List.copyOf(both));
    }

    /**
     * None for a title without record-based criteria (Lao động tiên tiến, the flags): nothing to read.
     * {@code recordsRequired} is the campaign's switch, read from the campaign by the caller.
     */
    public Standings forTitle(Title title, int year, Collection<Nominee> nominees, boolean recordsRequired) {
        if (!TitleCriteriaPolicy.appliesTo(title)) {
            return Standings.none();
        }
        int yearsBack = title == Title.MINISTRY_EMULATION_FIGHTER || title == Title.NATIONAL_EMULATION_FIGHTER
                ? STREAK_LOOK_BACK : 0;
        // R4 counts per unit: the nominees' units' records, for the grassroots fighters only.
        Stream<RegistrantId> units = title == Title.GRASSROOTS_EMULATION_FIGHTER
                ? nominees.stream().map(nominee -> new RegistrantId(nominee.unit().id().value())) : Stream.empty();
        List<RegistrantId> holders = Stream.concat(nominees.stream().map(Nominee::id), units).distinct().toList();
        List<Standing> found = new ArrayList<>();
        for (RegistrantId holder : holders) {
            for (int back = 0; back <= yearsBack; back++) {
                read(RecordId.of(holder, year - back)).ifPresent(found::add);
            }
        }
        return Standings.of(found).requiringRecords(recordsRequired);
    }

    private Optional<Standing> read(RecordId recordId) {
        for (AggregateReader<EmulationRecord> source : sources) {
            try {
                return Optional.of(source.read(recordId.value(), EmulationRecord::standing));
            } catch (AggregateNotFoundException notThere) {
                // Not in this source: the next one may hold it.
            }
        }
        // No record for that year: the criteria do not check facts nobody entered (unless records are required).
        return Optional.empty();
    }
}
