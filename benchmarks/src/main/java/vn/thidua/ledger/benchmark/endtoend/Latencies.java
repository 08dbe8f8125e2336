package vn.thidua.ledger.benchmark.endtoend;

import java.net.http.HttpResponse;
import java.util.Arrays;

/** Response times of one GET, sampled one after another after a few unmeasured requests. */
record Latencies(int samples, double medianMillis, double p95Millis) {

    private static final int WARM_UP = 5;

    static Latencies of(LedgerClient client, String user, String path, int samples) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            expectOk(client.get(user, path), path);
        }
        double[] millis = new double[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            expectOk(client.get(user, path), path);
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return new Latencies(samples, percentile(millis, 0.50), percentile(millis, 0.95));
    }

    /** The {@code q}-quantile of {@code sorted} (ascending, not empty) by the nearest rank. */
    static double percentile(double[] sorted, double q) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)];
    }

    static void expectOk(HttpResponse<String> response, String path) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
