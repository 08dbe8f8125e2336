package vn.thidua.ledger.benchmark.endtoend;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every view's rebuilds in one year, round by round (each round rebuilds every view once, in turn). The first round is
 * the views' warm-up: the compiler's first work on a rebuild's code paths, a constant per JVM that does not grow with
 * the history (docs/benchmarks.md, "Session 30"), and the reference's replay is timed after a warm-up of its own. The
 * rounds after it are compared with the reference by their median, as the reference's replay is the median of its
 * repetitions: on a 2-core machine one rebuild's rate spreads by a quarter from one round to the next
 * (docs/benchmarks.md, "Session 31").
 *
 * @param rounds each round's rebuilds, one per view, in the same order of views
 */
record RebuildRounds(List<List<Views.Rebuild>> rounds) {

    RebuildRounds {
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("at least one round of rebuilds");
        }
    }

    /** Each view's rebuild in the first round. */
    List<Views.Rebuild> first() {
        return rounds.get(0);
    }

    /** How many views were rebuilt in each round. */
    int views() {
        return first().size();
    }

    /** The rebuilds of view {@code index} compared with the reference: those after the first round, if any. */
    List<Views.Rebuild> compared(int index) {
        List<List<Views.Rebuild>> after = rounds.size() > 1 ? rounds.subList(1, rounds.size()) : rounds;
        return after.stream().map(round -> round.get(index)).toList();
    }

    /** The compared rebuild of median rate (the lower middle one of an even number). */
    Views.Rebuild median(int index) {
        List<Views.Rebuild> byRate = compared(index).stream()
                .sorted(Comparator.comparingDouble(Views.Rebuild::eventsPerSecond)).toList();
        return byRate.get((byRate.size() - 1) / 2);
    }

    /**
     * "yes" if every rebuild of view {@code index}, in every round, gave the view the live processors had built; "NO" if
     * one did not; "-" if one was cut short by the cap, so could not be compared.
     */
    String identical(int index) {
        if (!rounds.stream().allMatch(round -> round.get(index).finished())) {
            return "-";
        }
        return rounds.stream().allMatch(round -> round.get(index).sameChecksum()) ? "yes" : "NO";
    }

    /** The compared rebuilds' rates of view {@code index}, in round order, for the report. */
    List<Double> comparedRates(int index) {
        return compared(index).stream().map(Views.Rebuild::eventsPerSecond).toList();
    }

    /** The median rebuild of every view, in the order of the views. */
    List<Views.Rebuild> medians() {
        return IntStream.range(0, views()).mapToObj(this::median).toList();
    }
}
