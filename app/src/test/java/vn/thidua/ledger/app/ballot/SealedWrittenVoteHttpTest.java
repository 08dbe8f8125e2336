package vn.thidua.ledger.app.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;

import com.jayway.jsonpath.JsonPath;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.SecretBallots;
import vn.thidua.ledger.app.testsupport.SecretBallots.SignedToken;

/**
 * R7 over HTTP: an absent member of a secret round votes in writing. The secretariat records the sealed ballot as
 * received (naming the member, who then gets no blind signature), counts it once the ballot box is open (without the
 * member), and the published ballots recount to the announced tally with it.
 */
@HttpTest
class SealedWrittenVoteHttpTest {

    private static final String ABSENT = "bieu-quyet-2";

    @Autowired
    CommandApi api;
    @Autowired
    MockMvc mvc;

    @Test
    void anAbsentMembersSealedBallotIsCountedPublishedAndRecountedWithTheOthers() throws Exception {
        SecretBallots ballots = new SecretBallots(api, mvc);
        String roundId = ballots.councilRound(List.of("cc-0042"), List.of(CommandApi.VOTER_1, ABSENT));
        RSAPublicKey key = ballots.key(roundId);
        String sealed = "/api/rounds/" + roundId + "/sealed-written-votes";

        SignedToken present = ballots.sign(roundId, key, CommandApi.VOTER_1);
        api.post(SECRETARIAT, sealed, "{\"voterId\": \"%s\"}".formatted(CommandApi.VOTER_1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_VOTED"));
        api.created(SECRETARIAT, sealed, "{\"voterId\": \"%s\"}".formatted(ABSENT));
        assertThat(api.lastEvent(roundId).getString("payload")).contains("\"voterId\":\"" + ABSENT + "\"")
                .doesNotContain("cc-0042");

        api.post(SECRETARIAT, sealed + "/counted", "{\"approved\": [\"cc-0042\"]}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BALLOT_BOX_NOT_OPEN"));
        ballots.openBallotBox(roundId);
        api.created(null, "/api/rounds/" + roundId + "/secret-ballots", SecretBallots.ballot(present, List.of("cc-0042")));
        String answer = api.post(SECRETARIAT, sealed + "/counted", "{\"approved\": [\"cc-0042\"]}")
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String receipt = JsonPath.read(answer, "$.receipt");
        assertThat(api.lastEvent(roundId).getString("payload")).doesNotContain(ABSENT);
        api.post(SECRETARIAT, sealed + "/counted", "{\"approved\": []}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NO_SEALED_VOTE_LEFT"));

        api.created(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api.perform(null,
                        get("/api/public/rounds/" + roundId + "/ballots/" + receipt))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved[0]").value("cc-0042")));
        assertThat(api.lastEvent(roundId).getString("payload")).contains("\"ballotsReceived\":2", "\"approvals\":2",
                "\"outcome\":\"ELECTED\"");
    }
}
