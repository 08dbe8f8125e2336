package vn.thidua.ledger.benchmark.endtoend;

import vn.thidua.ledger.benchmark.EventStoreBenchmark;

import java.util.List;
import java.util.Map;

/** Prints what the end-to-end benchmark measured, and its ratios to the targets (docs/benchmarks.md). */
final class Report {

    private static final double COMMANDS_TARGET = 0.25;
    private static final double REBUILD_TARGET = 0.5;
    private static final double AS_OF_TARGET_MILLIS = 50;

    private Report() {
    }

    static void stage(EndToEndBenchmark.StageResult r, int clients) {
        Clients.Outcome w = r.writes();
        System.out.printf("%n== year of %s: events %d -> %d ==%n", r.clusterId(), r.startHead(), r.head());
        System.out.printf("commands/s (%d clients, authentication included): %.1f  (%d commands in %.1f s; "
                          + "%d resent after 409 CONCURRENT_MODIFICATION; %d left out past the cap)%n",
                          clients, w.allClients().commandsPerSecond(), w.allClients().commands(),
                          w.allClients().seconds(), w.conflicts(), w.skipped());
        if (w.oneClient().commands() > 0) {
            System.out.printf("commands/s (1 client, before the others join): %.1f  (%.1f ms each; %d commands)%n",
                              w.oneClient().commandsPerSecond(), w.oneClient().millisEach(), w.oneClient().commands());
        }
        System.out.printf("%-18s %14s %18s%n", "view", "lag at end", "caught up after s");
        r.lagsAtLastCommand().forEach((view, lag) -> System.out.printf("%-18s %14d %18s%n", view, lag,
                seconds(r.catchUpSeconds().get(view))));
        System.out.printf("as-of draft ranking (asOf=%d): median %.1f ms, p95 %.1f ms (%d reads)%n", r.asOfPosition(),
                          r.asOf().medianMillis(), r.asOf().p95Millis(), r.asOf().samples());
        System.out.printf("public ranking: median %.1f ms, p95 %.1f ms (%d reads)%n", r.publicRanking().medianMillis(),
                          r.publicRanking().p95Millis(), r.publicRanking().samples());
        ReadLoad load = r.publicLoad();
        System.out.printf("public ranking under load (%d clients): %.0f requests/s, median %.2f ms, p99 %.2f ms "
                          + "(%d reads)%n", load.clients(), load.requestsPerSecond(), load.medianMillis(),
                          load.p99Millis(), load.requests());
        RebuildRounds rounds = r.rebuilds();
        System.out.printf("rebuilds: %d round(s); events/s is the median of the rounds after the first (all rounds: "
                          + "last column)%n", rounds.rounds().size());
        System.out.printf("%-18s %9s %9s %12s %14s %8s %10s %14s  %s%n", "rebuild", "events", "seconds", "events/s",
                          "server ev/s", "GC s", "identical", "1st events/s", "later rounds, events/s");
        for (int i = 0; i < rounds.views(); i++) {
            Views.Rebuild b = rounds.median(i);
            System.out.printf("%-18s %9d %9.1f %12.0f %14.0f %8.2f %10s %14.0f  %s%n",
                              b.view() + (b.finished() ? "" : " (capped)"), b.head(), b.seconds(), b.eventsPerSecond(),
                              b.serverEventsPerSecond(), b.gcPausedSeconds(), rounds.identical(i),
                              rounds.first().get(i).eventsPerSecond(),
                              String.join(" ", rounds.comparedRates(i).stream().map("%.0f"::formatted).toList()));
        }
    }

    static void years(List<EndToEndBenchmark.StageResult> results, Map<Integer, Map<String, Double>> reference,
                      int clients) {
        System.out.printf("%n==== summary ====%n");
        for (EndToEndBenchmark.StageResult r : results) {
            stage(r, clients);
            Map<String, Double> store = reference.get((int) r.head());
            if (store == null) {
                continue;
            }
            double append = store.get(EventStoreBenchmark.APPEND_4_WRITERS);
            double replay = store.get(EventStoreBenchmark.REPLAY);
            System.out.printf("reference at %d events: store append (4 writers) %.0f events/s, tracked replay %.0f "
                              + "events/s%n", r.head(), append, replay);
            System.out.printf("target commands/s >= %.2f x store append: %.3f%n", COMMANDS_TARGET,
                              r.writes().allClients().commandsPerSecond() / append);
            RebuildRounds rounds = r.rebuilds();
            for (int i = 0; i < rounds.views(); i++) {
                Views.Rebuild b = rounds.median(i);
                System.out.printf("target rebuild %-16s >= %.2f x tracked replay: %.3f%s (first rebuild: %.3f; later "
                                  + "rounds: %s)%n", b.view(), REBUILD_TARGET, b.eventsPerSecond() / replay,
                                  b.finished() ? "" : " (capped)", rounds.first().get(i).eventsPerSecond() / replay,
                                  String.join(" ", rounds.comparedRates(i).stream()
                                                         .map(rate -> "%.3f".formatted(rate / replay)).toList()));
            }
            System.out.printf("target as-of median < %.0f ms: %.1f ms%n", AS_OF_TARGET_MILLIS, r.asOf().medianMillis());
        }
    }

    static void largeRebuild(long head, double copySeconds, List<Views.Rebuild> rebuilt,
                             Map<Integer, Map<String, Double>> reference) {
        System.out.printf("%n==== rebuild of every view at once on %d events ====%n", head);
        System.out.printf("store filled by copies through the storage engine in %.0f s%n", copySeconds);
        Double replay = reference.isEmpty() ? null : reference.get((int) head).get(EventStoreBenchmark.REPLAY);
        System.out.printf("%-18s %10s %10s %12s %14s%n", "view", "events", "seconds", "events/s", "x replay");
        for (Views.Rebuild b : rebuilt) {
            System.out.printf("%-18s %10d %10.0f %12.0f %14s%n", b.view() + (b.finished() ? "" : " (capped)"), b.head(),
                              b.seconds(), b.eventsPerSecond(),
                              replay == null ? "-" : "%.3f".formatted(b.eventsPerSecond() / replay));
        }
        if (replay != null) {
            System.out.printf("reference: tracked replay %.0f events/s at %d events%n", replay, head);
        }
    }

    private static String seconds(Double seconds) {
        return seconds == null ? "not within cap" : "%.1f".formatted(seconds);
    }
}
