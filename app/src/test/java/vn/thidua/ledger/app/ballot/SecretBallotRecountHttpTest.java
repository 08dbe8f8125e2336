package vn.thidua.ledger.app.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.SecretBallots;
import vn.thidua.ledger.app.testsupport.SecretBallots.SignedToken;

/**
 * Kiểm phiếu lại: 200 voters get their blind signatures and cast at once; after the close, counting the published
 * ballots gives exactly the tally the round announced, and every voter finds their own ballot as cast.
 */
@HttpTest
class SecretBallotRecountHttpTest {

    private static final int VOTERS = 200;
    private static final List<String> CANDIDATES = List.of("cc-0101", "cc-0102", "cc-0103");

    @Autowired
    CommandApi api;

    @Autowired
    MockMvc mvc;

    /** Runs the tasks on the pool and waits for all of them, time-boxed. */
    private static void all(ExecutorService pool, List<Callable<Object>> tasks) throws Exception {
        for (Future<Object> done : pool.invokeAll(tasks, 5, TimeUnit.MINUTES)) {
            done.get();
        }
    }

    @Test
    void aRecountFromThePublishedBallotsEqualsTheTallyOfTwoHundredConcurrentVoters() throws Exception {
        SecretBallots ballots = new SecretBallots(api, mvc);
        List<String> voters = SecretBallots.voters(CommandApi.unique("kp"), VOTERS);
        String roundId = ballots.councilRound(CANDIDATES, voters);
        RSAPublicKey key = ballots.key(roundId);

        Map<String, List<String>> castByReceipt = new ConcurrentHashMap<>();
        Map<String, SignedToken> signedByVoter = new ConcurrentHashMap<>();
        SecureRandom random = new SecureRandom();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            // The signing phase, all voters at once; then the ballot box opens and they all cast at once.
            all(pool, voters.stream().map(voter -> (Callable<Object>) () ->
                    signedByVoter.put(voter, ballots.sign(roundId, key, voter))).toList());
            ballots.openBallotBox(roundId);
            all(pool, voters.stream().map(voter -> (Callable<Object>) () -> {
                List<String> approved = CANDIDATES.stream().filter(candidate -> random.nextInt(10) < 7).toList();
                String answer = api.post(null, "/api/rounds/" + roundId + "/secret-ballots",
                                SecretBallots.ballot(signedByVoter.get(voter), approved))
                        .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
                return castByReceipt.put(JsonPath.read(answer, "$.receipt"), approved);
            }).toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(castByReceipt).hasSize(VOTERS);
        api.created(CommandApi.SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");

        String url = "/api/public/rounds/" + roundId;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> mvc.perform(get(url + "/ballots"))
                .andExpect(status().isOk()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat((String) JsonPath.read(
                mvc.perform(get(url)).andReturn().getResponse().getContentAsString(), "$.status")).isEqualTo("CLOSED"));
        String published = mvc.perform(get(url + "/ballots")).andReturn().getResponse().getContentAsString();
        String round = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();

        List<String> receipts = JsonPath.read(published, "$.ballots[*].receipt");
        List<List<String>> approvals = JsonPath.read(published, "$.ballots[*].approved");
        Map<String, Integer> recount = new HashMap<>();
        CANDIDATES.forEach(candidate -> recount.put(candidate, 0));
        approvals.forEach(ballot -> ballot.forEach(candidate -> recount.merge(candidate, 1, Integer::sum)));
        Map<String, Integer> announced = new HashMap<>();
        List<Map<String, Object>> tallies = JsonPath.read(round, "$.result.tallies");
        tallies.forEach(tally -> announced.put((String) tally.get("registrantId"), (Integer) tally.get("approvals")));

        assertThat(recount).isEqualTo(announced);
        assertThat((Integer) JsonPath.read(round, "$.ballotsReceived")).isEqualTo(VOTERS).isEqualTo(receipts.size());
        assertThat((Integer) JsonPath.read(round, "$.signaturesIssued")).isEqualTo(VOTERS);
        assertThat(receipts).isSorted().doesNotHaveDuplicates();
        // Each voter's ballot, found by its receipt, is the one they cast.
        Map<String, List<String>> publishedByReceipt = new HashMap<>();
        for (int i = 0; i < receipts.size(); i++) {
            publishedByReceipt.put(receipts.get(i), approvals.get(i));
        }
        assertThat(publishedByReceipt).isEqualTo(castByReceipt);
    }
}
