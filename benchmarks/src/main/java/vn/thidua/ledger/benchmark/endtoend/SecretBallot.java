package vn.thidua.ledger.benchmark.endtoend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Map;

import vn.thidua.ledger.command.nomination.BlindBallotVoter;
import vn.thidua.ledger.command.nomination.BlindRsa;

/**
 * A council member's blind-signed ballot token (docs/secret-ballot.md): blinded against the round's published key,
 * signed for the member, unblinded here; cast afterwards without identity.
 */
record SecretBallot(String token, String signature) {

    private static final Duration WAIT = Duration.ofMinutes(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Waits for the round's key (the view shows it once projected), then gets {@code member}'s token signed. */
    static SecretBallot sign(LedgerClient client, String member, String roundId) throws Exception {
        BlindBallotVoter voter = new BlindBallotVoter(key(client, roundId), RANDOM);
        HttpResponse<String> answer = client.post(member, "/api/rounds/" + roundId + "/blind-signatures",
                Map.of("voterId", member, "blindedMessage", voter.blindedMessage()));
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("no blind signature for " + member + " in " + roundId + ": "
                                            + answer.statusCode() + " " + answer.body());
        }
        return new SecretBallot(voter.token(), voter.finish(JSON.readTree(answer.body()).get("blindSignature").asText()));
    }

    private static RSAPublicKey key(LedgerClient client, String roundId) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = client.get(null, "/api/public/rounds/" + roundId);
            JsonNode key = response.statusCode() == 200 ? JSON.readTree(response.body()).get("ballotKey") : null;
            if (key != null && !key.isNull()) {
                return BlindRsa.publicKey(key.get("modulus").asText(), key.get("publicExponent").asText());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("round " + roundId + " shows no ballot key: " + response.statusCode());
            }
            Thread.sleep(50);
        }
    }
}
