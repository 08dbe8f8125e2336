package vn.thidua.ledger.benchmark.endtoend;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * One GET under load: every client of the pool sends it again as soon as it is answered, for a warm-up and then for
 * the measured seconds, as {@code wrk -c<clients>} does with its connections. The "public ranking read" figure
 * (a p99 at a throughput) was taken with {@code wrk}; this measures the same thing with the JDK's HTTP client, which
 * itself takes more CPU on the same cores, so its figures compare with each other, not with {@code wrk}'s.
 *
 * @param clients           how many clients sent at once
 * @param requests          requests answered in the measured seconds
 * @param requestsPerSecond their rate
 */
record ReadLoad(int clients, long requests, double requestsPerSecond, double medianMillis, double p99Millis) {

    static ReadLoad of(Clients pool, String path, Duration warmUp, Duration measured) throws Exception {
        pool.onEach(client -> repeat(client, path, System.nanoTime() + warmUp.toNanos()));
        long start = System.nanoTime();
        List<double[]> perClient = pool.onEach(client -> repeat(client, path, start + measured.toNanos()));
        double seconds = (System.nanoTime() - start) / 1e9;
        double[] millis = perClient.stream().flatMapToDouble(Arrays::stream).sorted().toArray();
        return new ReadLoad(perClient.size(), millis.length, millis.length / seconds,
                            Latencies.percentile(millis, 0.50), Latencies.percentile(millis, 0.99));
    }

    /** Sends the GET until {@code untilNanos}; each answer's time in milliseconds. */
    private static double[] repeat(LedgerClient client, String path, long untilNanos) throws Exception {
        double[] millis = new double[1024];
        int count = 0;
        for (long sent = System.nanoTime(); sent < untilNanos; sent = System.nanoTime()) {
            Latencies.expectOk(client.get(null, path), path);
            if (count == millis.length) {
                millis = Arrays.copyOf(millis, count * 2);
            }
            millis[count++] = (System.nanoTime() - sent) / 1e6;
        }
        return Arrays.copyOf(millis, count);
    }
}
