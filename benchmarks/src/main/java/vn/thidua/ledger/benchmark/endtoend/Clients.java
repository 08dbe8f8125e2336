package vn.thidua.ledger.benchmark.endtoend;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed number of concurrent HTTP clients working through the phases of a workload: within a phase each client
 * takes the next command as soon as its previous one is answered; a phase ends when all its commands are answered.
 */
final class Clients implements AutoCloseable {

    /**
     * What a run of phases did: the commands answered 201 and the seconds of the phases every client sends
     * ({@code allClients}) and of those one client sends alone ({@code oneClient}); retries after a lost race and
     * skipped commands, of all phases.
     */
    record Outcome(Rate allClients, Rate oneClient, long conflicts, long skipped) {
    }

    /** Commands answered 201 in some seconds. */
    record Rate(long commands, double seconds) {
        double commandsPerSecond() {
            return commands / seconds;
        }

        double millisEach() {
            return seconds * 1000 / commands;
        }
    }

    private final List<LedgerClient> clients = new ArrayList<>();
    private final ExecutorService pool;
    private final AtomicLong commands = new AtomicLong();
    private final AtomicLong conflicts = new AtomicLong();

    Clients(int count, URI baseUri, Authentication authentication) {
        for (int i = 0; i < count; i++) {
            clients.add(new LedgerClient(baseUri, authentication, commands, conflicts));
        }
        this.pool = Executors.newFixedThreadPool(count);
    }

    /** Runs the phases in order; after {@code deadlineNanos} the commands of skippable phases are left out. */
    Outcome run(List<EmulationYearWorkload.Phase> phases, long deadlineNanos) throws Exception {
        long commandsBefore = commands.get();
        long conflictsBefore = conflicts.get();
        AtomicLong skipped = new AtomicLong();
        long start = System.nanoTime();
        long aloneCommands = 0;
        long aloneNanos = 0;
        for (EmulationYearWorkload.Phase phase : phases) {
            ConcurrentLinkedQueue<EmulationYearWorkload.Task> queue = new ConcurrentLinkedQueue<>(phase.tasks());
            List<Future<?>> running = new ArrayList<>();
            long phaseStart = System.nanoTime();
            long commandsAtPhaseStart = commands.get();
            for (LedgerClient client : phase.oneClient() ? clients.subList(0, 1) : clients) {
                running.add(pool.submit(() -> {
                    for (EmulationYearWorkload.Task task = queue.poll(); task != null; task = queue.poll()) {
                        if (phase.skippableAfterDeadline() && System.nanoTime() > deadlineNanos) {
                            skipped.incrementAndGet();
                        } else {
                            try {
                                task.run(client);
                            } catch (Exception e) {
                                queue.clear(); // the year cannot go on: stop the other clients too
                                throw e;
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
            if (phase.oneClient()) {
                aloneCommands += commands.get() - commandsAtPhaseStart;
                aloneNanos += System.nanoTime() - phaseStart;
            }
            System.out.printf("  %-42s done: %d commands so far, %.0f s%n", phase.name(),
                              commands.get() - commandsBefore, (System.nanoTime() - start) / 1e9);
        }
        return new Outcome(new Rate(commands.get() - commandsBefore - aloneCommands,
                                    (System.nanoTime() - start - aloneNanos) / 1e9),
                           new Rate(aloneCommands, aloneNanos / 1e9), conflicts.get() - conflictsBefore, skipped.get());
    }

    /** What one client does in {@link #onEach}. */
    @FunctionalInterface
    interface Work<T> {
        T on(LedgerClient client) throws Exception;
    }

    /** Runs {@code work} on every client at once, each on a thread of the pool; the results in the clients' order. */
    <T> List<T> onEach(Work<T> work) throws Exception {
        List<Future<T>> running = new ArrayList<>();
        for (LedgerClient client : clients) {
            running.add(pool.submit(() -> work.on(client)));
        }
        List<T> results = new ArrayList<>();
        for (Future<T> client : running) {
            results.add(client.get());
        }
        return results;
    }

    /** One of the clients, for reads between phases. */
    LedgerClient any() {
        return clients.get(0);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
