package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.ILLUSTRATIVE;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS;
import static vn.thidua.ledger.app.testsupport.CommandApi.VOTER_1;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.List;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.SecretBallots;
import vn.thidua.ledger.app.testsupport.SecretBallots.SignedToken;
import vn.thidua.ledger.command.nomination.BlindBallotVoter;

@HttpTest
class RoundCommandsHttpTest {

    @Autowired
    CommandApi api;

    @Autowired
    MongoDatabase database;

    @Autowired
    MockMvc mvc;

    @Test
    void candidatesAndTheirPledgesComeFromTheCampaign() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String roundId = api.flagRound(campaignId);

        String opened = api.events(roundId).get(0).getString("payload");
        assertThat(opened).contains("\"pledgedTitles\":[\"SECTOR_EMULATION_FLAG\"]")
                .contains("\"name\":\"" + CommandApi.THADS_NAME + "\"")
                .contains("\"voterId\":\"" + HTQT + "\"", "\"voterId\":\"" + ILLUSTRATIVE + "\"");
    }

    @Test
    void aCandidateWithoutThePledgeIs409TitleNotPledged() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        long before = api.commitCount();
        api.post(SECRETARIAT, "/api/rounds", """
                        {"roundId": "%s", "campaignId": "%s", "title": "SECTOR_EMULATION_FLAG", "body": "MEMBER_UNITS",
                         "candidateIds": ["%s"]}
                        """.formatted(unique("co"), campaignId, HTQT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("TITLE_NOT_PLEDGED"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("R1")));
        assertThat(api.commitCount()).isEqualTo(before);
    }

    /** The final summary closed the year (docs/domain.md): a round opened after it would change the closed year. */
    @Test
    void noRoundOpensInAClosedCampaign() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.pledgeFlag(campaignId, THADS, CommandApi.THADS_NAME);
        String base = "/api/campaigns/" + campaignId;
        for (String unit : new String[] {HTQT, THADS, ILLUSTRATIVE}) {
            api.created(SECRETARIAT, base + "/scorecards/" + unit + "/self-assessments",
                    "{\"criterionId\": \"tc-1\", \"points\": 50}");
            api.created(SECRETARIAT, base + "/scorecards/" + unit + "/finalisation", "");
        }
        api.created(SECRETARIAT, base + "/ranking", "");
        api.created(SECRETARIAT, base + "/closure", "{\"summary\": \"Báo cáo tổng kết\"}");
        long before = api.commitCount();

        api.post(SECRETARIAT, "/api/rounds", """
                        {"roundId": "%s", "campaignId": "%s", "title": "SECTOR_EMULATION_FLAG", "body": "MEMBER_UNITS",
                         "candidateIds": ["%s"]}
                        """.formatted(unique("co"), campaignId, THADS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CAMPAIGN_CLOSED"));
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void aCandidateUnknownToTheCampaignIs409AndAnUnknownCampaign404() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.post(SECRETARIAT, "/api/rounds", """
                        {"roundId": "%s", "campaignId": "%s", "title": "ADVANCED_WORKER", "body": "COUNCIL",
                         "candidateIds": ["ai-do"], "councilId": "%s"}
                        """.formatted(unique("r"), campaignId, secret().council(List.of(VOTER_1, "bieu-quyet-2"))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_REGISTERED_IN_CAMPAIGN"));
        String unknownCampaign = unique("khong-co");
        api.post(SECRETARIAT, "/api/rounds", """
                        {"roundId": "%s", "campaignId": "%s", "title": "SECTOR_EMULATION_FLAG", "body": "MEMBER_UNITS",
                         "candidateIds": ["%s"]}
                        """.formatted(unique("r"), unknownCampaign, THADS))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(unknownCampaign)));
    }

    @Test
    void aRepresentativeCastsItsUnitsOpenBallotOnceAndNotAnotherUnits() throws Exception {
        String roundId = api.flagRound(api.campaignOpenForPledges());
        String ballots = "/api/rounds/" + roundId + "/ballots";
        api.post(REP_HTQT, ballots, "{\"voterId\": \"%s\", \"approved\": [\"%s\"]}".formatted(ILLUSTRATIVE, THADS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_THE_VOTER"));
        api.post(REP_HTQT, ballots, "{\"voterId\": \"%s\", \"approved\": [\"%s\"]}".formatted(HTQT, THADS))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/rounds/" + roundId));
        assertThat(api.lastEvent(roundId).getString("metaData")).contains("\"principal\":\"dai-dien-htqt\"");
        api.post(REP_HTQT, ballots, "{\"voterId\": \"%s\", \"approved\": []}".formatted(HTQT))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_VOTED"));
        // R8 round: a unit does not approve its own candidacy.
        api.post(REP_THADS, ballots, "{\"voterId\": \"%s\", \"approved\": [\"%s\"]}".formatted(THADS, THADS))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SELF_VOTE_FORBIDDEN"));
    }

    @Test
    void aVoterWhoIsNotInTheRoundIs403AndTheAuditorMayNotVote() throws Exception {
        String roundId = api.flagRound(api.campaignOpenForPledges());
        api.post(VOTER_1, "/api/rounds/" + roundId + "/ballots",
                        "{\"voterId\": \"bieu-quyet-1\", \"approved\": [\"%s\"]}".formatted(THADS))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_AN_ELIGIBLE_VOTER"));
        api.post(CommandApi.AUDITOR, "/api/rounds/" + roundId + "/ballots",
                        "{\"voterId\": \"kiem-toan\", \"approved\": []}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void ballotsInAnUnknownRoundAre404() throws Exception {
        api.post(REP_HTQT, "/api/rounds/" + unique("khong-co") + "/ballots",
                        "{\"voterId\": \"%s\", \"approved\": []}".formatted(HTQT))
                .andExpect(status().isNotFound());
    }

    private SecretBallots secret() {
        return new SecretBallots(api, mvc);
    }

    @Test
    void aVoterGetsOneBlindSignatureAndCastsAnonymouslyAndTheReceiptAnswersOnceTheRoundCloses() throws Exception {
        String roundId = secret().councilRound(List.of("cc-0042"), List.of(VOTER_1, "bieu-quyet-2"));
        RSAPublicKey key = secret().key(roundId);
        SignedToken signed = secret().sign(roundId, key, VOTER_1);
        Document issued = api.lastEvent(roundId);
        assertThat(issued.getString("payloadType")).endsWith("BlindSignatureIssued");
        assertThat(issued.getString("payload")).contains("\"voterId\":\"bieu-quyet-1\"")
                .doesNotContain(signed.token(), signed.signature());

        // A second token for the same voter is refused; the same request (a lost answer) is not a second one.
        BlindBallotVoter second = new BlindBallotVoter(key, new SecureRandom());
        mvc.perform(SecretBallots.asVoter(CommandApi.request("/api/rounds/" + roundId + "/blind-signatures")
                        .content("{\"voterId\": \"bieu-quyet-1\", \"blindedMessage\": \"%s\"}"
                                .formatted(second.blindedMessage())), VOTER_1))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BLIND_SIGNATURE_ALREADY_ISSUED"));
        // Nobody asks in another voter's name.
        mvc.perform(SecretBallots.asVoter(CommandApi.request("/api/rounds/" + roundId + "/blind-signatures")
                        .content("{\"voterId\": \"bieu-quyet-2\", \"blindedMessage\": \"%s\"}"
                                .formatted(second.blindedMessage())), VOTER_1))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("NOT_THE_VOTER"));

        // Two phases: no ballot while signatures are handed out, no signature once the ballot box is open.
        String ballot = SecretBallots.ballot(signed, List.of("cc-0042"));
        api.post(null, "/api/rounds/" + roundId + "/secret-ballots", ballot)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BALLOT_BOX_NOT_OPEN"));
        api.post(REP_HTQT, "/api/rounds/" + roundId + "/ballot-box", "").andExpect(status().isForbidden());
        secret().openBallotBox(roundId);
        assertThat(api.lastEvent(roundId).getString("payload")).contains("\"signaturesIssued\":1");
        mvc.perform(SecretBallots.asVoter(CommandApi.request("/api/rounds/" + roundId + "/blind-signatures")
                        .content("{\"voterId\": \"bieu-quyet-2\", \"blindedMessage\": \"%s\"}"
                                .formatted(second.blindedMessage())), "bieu-quyet-2"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SIGNING_CLOSED"));

        // No credentials on the request: the signed token is the proof. An Idempotency-Key is ignored here.
        MvcResult cast = api.perform(null, CommandApi.request("/api/rounds/" + roundId + "/secret-ballots")
                        .content(ballot).header("Idempotency-Key", "k-" + roundId).header("X-Request-Id", "trace-me"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn();
        String answer = cast.getResponse().getContentAsString();
        String receipt = JsonPath.read(answer, "$.receipt");
        assertThat(answer).isEqualTo("{\"roundId\":\"%s\",\"receipt\":\"%s\",\"location\":\"/api/public/rounds/%s/ballots/%s\"}"
                .formatted(roundId, receipt, roundId, receipt));
        // The documented formula (docs/secret-ballot.md), so a voter can recompute it, and the stored ballot's own.
        assertThat(receipt).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("thidua-ballot-receipt:" + signed.token()).getBytes(StandardCharsets.UTF_8))));
        Document stored = api.lastEvent(roundId);
        assertThat(stored.getString("payloadType")).endsWith("SecretBallotCast");
        assertThat((String) JsonPath.read(stored.getString("payload"), "$.receipt")).isEqualTo(receipt);
        assertThat(stored.getString("metaData")).contains("\"principal\":\"anonymous-ballot\"")
                .doesNotContain("bieu-quyet", "requestId", "trace-me", "roles");
        assertThat(database.getCollection("idempotencyKeys").countDocuments(
                new Document("_id", new Document("$regex", "k-" + roundId)))).isZero();

        api.post(null, "/api/rounds/" + roundId + "/secret-ballots", ballot)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CREDENTIAL_ALREADY_USED"));

        // The Location answers: "published when the round closes" while open, the ballot afterwards.
        String location = cast.getResponse().getHeader("Location");
        assertThat(location).isEqualTo("/api/public/rounds/" + roundId + "/ballots/" + receipt);
        api.perform(null, get(location)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("BALLOTS_NOT_YET_PUBLISHED"));
        api.created(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> api.perform(null, get(location))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.approved[0]").value("cc-0042")));
        api.perform(null, get(location.replace(receipt, "0".repeat(64)))).andExpect(status().isNotFound());
        assertThat(database.getCollection("roundKeys").countDocuments(new Document("_id", roundId)))
                .as("closing destroys the round's key").isZero();
    }

    @Test
    void aTokenTheRoundDidNotSignDoesNotVote() throws Exception {
        String roundId = secret().councilRound(List.of("cc-0042"), List.of(VOTER_1, "bieu-quyet-2"));
        RSAPublicKey key = secret().key(roundId);
        BlindBallotVoter unsigned = new BlindBallotVoter(key, new SecureRandom());
        secret().openBallotBox(roundId);
        api.post(null, "/api/rounds/" + roundId + "/secret-ballots", SecretBallots.ballot(
                        new SignedToken(unsigned.token(), unsigned.blindedMessage()), List.of("cc-0042")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CREDENTIAL_NOT_ISSUED"));
    }

    @Test
    void theSecretariatAllowsAVoterWhoLostTheirTokenOneMoreSignatureAndOnlyTheSecretariat() throws Exception {
        String roundId = secret().councilRound(List.of("cc-0042"), List.of(VOTER_1, "bieu-quyet-2"));
        RSAPublicKey key = secret().key(roundId);
        secret().sign(roundId, key, VOTER_1);
        api.perform(VOTER_1, CommandApi.request("/api/rounds/" + roundId + "/signature-reissues")
                        .content("{\"voterId\": \"bieu-quyet-1\", \"reason\": \"Tự cấp\"}"))
                .andExpect(status().isForbidden());
        api.perform(SECRETARIAT, CommandApi.request("/api/rounds/" + roundId + "/signature-reissues")
                        .content("{\"voterId\": \"bieu-quyet-1\", \"reason\": \"Mất mã phiếu\"}"))
                .andExpect(status().isCreated());
        Document granted = api.lastEvent(roundId);
        assertThat(granted.getString("payloadType")).endsWith("BlindSignatureReissueGranted");
        assertThat(granted.getString("metaData")).contains("\"reason\":\"Mất mã phiếu\"");
        SignedToken again = secret().sign(roundId, key, VOTER_1);
        secret().openBallotBox(roundId);
        api.created(null, "/api/rounds/" + roundId + "/secret-ballots", SecretBallots.ballot(again, List.of()));
    }

    @Test
    void theSecretariatClosesTheRoundOnceAndOnlyTheSecretariat() throws Exception {
        String roundId = api.flagRound(api.campaignOpenForPledges());
        api.post(REP_HTQT, "/api/rounds/" + roundId + "/closure", "").andExpect(status().isForbidden());
        api.created(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
        assertThat(api.lastEvent(roundId).getString("payloadType")).endsWith("NominationRoundClosed");
        api.post(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ROUND_CLOSED"));
    }
}
