package vn.thidua.ledger.command.record;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.thidua.ledger.events.common.RecordId;
import vn.thidua.ledger.events.common.RegistrantId;

/**
 * The records a nomination or decision is checked against, read from the record aggregates by
 * {@link RecordFacts} (never taken from the client). A holder without a record for a year is simply absent, which
 * the criteria accept unless the campaign requires records ({@code recordsRequired}, read from the campaign).
 */
public record Standings(Map<String, Standing> byRecord, boolean recordsRequired) {

    public Standings {
        byRecord = Map.copyOf(byRecord);
    }

    public static Standings none() {
        return new Standings(Map.of(), false);
    }

    public static Standings of(Collection<Standing> standings) {
        return new Standings(standings.stream().collect(Collectors.toMap(
                standing -> RecordId.of(standing.holder(), standing.year()).value(), Function.identity())), false);
    }

    /** The same records, checked with the campaign's requirement ({@link RequiredRecordPolicy}). */
    public Standings requiringRecords(boolean required) {
        return new Standings(byRecord, required);
    }

    public Optional<Standing> of(RegistrantId holder, int year) {
        return Optional.ofNullable(byRecord.get(RecordId.of(holder, year).value()));
    }
}
