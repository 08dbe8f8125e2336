package vn.thidua.ledger.benchmark.endtoend;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.time.Duration;

/** A council member's secret-ballot credential, collected from the ledger's mailbox (docs/secret-ballot.md). */
final class SecretBallot {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();

    private SecretBallot() {
    }

    /** Waits for the credential the round issued to {@code member}: the mailbox is filled from the round's event. */
    static String collectCredential(LedgerClient client, String member, String roundId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = client.post(member, "/api/rounds/" + roundId + "/my-credential");
            if (response.statusCode() == 200) {
                return JSON.readTree(response.body()).get("credential").asText();
            }
            if (response.statusCode() != 404 || System.nanoTime() > deadline) {
                throw new IllegalStateException("no credential for " + member + " in " + roundId + ": "
                                                + response.statusCode() + " " + response.body());
            }
            Thread.sleep(50);
        }
    }
}
