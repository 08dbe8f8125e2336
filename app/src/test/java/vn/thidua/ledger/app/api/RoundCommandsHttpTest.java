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

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

@HttpTest
class RoundCommandsHttpTest {

    @Autowired
    CommandApi api;

    @Autowired
    MongoDatabase database;

    @Test
    void candidatesAndTheirPledgesComeFromTheCampaign() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String roundId = api.flagRound(campaignId);

        String opened = api.events(roundId).get(0).getString("payload");
        assertThat(opened).contains("\"pledgedTitles\":[\"SECTOR_EMULATION_FLAG\"]")
                .contains("\"name\":\"Tổng cục Thi hành án dân sự\"")
                .contains("\"voterId\":\"vu-htqt\"", "\"voterId\":\"minh-hoa-a\"");
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

    @Test
    void aCandidateUnknownToTheCampaignIs409AndAnUnknownCampaign404() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.post(SECRETARIAT, "/api/rounds", """
                        {"roundId": "%s", "campaignId": "%s", "title": "ADVANCED_WORKER", "body": "COUNCIL",
                         "candidateIds": ["ai-do"], "voters": [{"voterId": "bieu-quyet-1", "name": "Thành viên 1",
                         "unit": {"id": "vu-tdkt", "name": "Vụ Thi đua – Khen thưởng"}}]}
                        """.formatted(unique("r"), campaignId))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("NOT_REGISTERED_IN_CAMPAIGN"));
        api.post(SECRETARIAT, "/api/rounds", """
                        {"roundId": "%s", "campaignId": "%s", "title": "SECTOR_EMULATION_FLAG", "body": "MEMBER_UNITS",
                         "candidateIds": ["%s"]}
                        """.formatted(unique("r"), unique("khong-co"), THADS))
                .andExpect(status().isNotFound());
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

    /** A council round for the grassroots fighter title, voted secretly by the three demo voters. */
    private String secretCouncilRound(String campaignId) throws Exception {
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                {"registrantId": "cc-0042", "registrantName": "Nguyễn Thị Minh Họa", "kind": "INDIVIDUAL",
                 "unitId": "%s", "titles": ["GRASSROOTS_EMULATION_FIGHTER"]}
                """.formatted(HTQT));
        String roundId = unique("hd");
        api.created(SECRETARIAT, "/api/rounds", """
                {"roundId": "%s", "campaignId": "%s", "title": "GRASSROOTS_EMULATION_FIGHTER", "body": "COUNCIL",
                 "candidateIds": ["cc-0042"], "voters": [
                  {"voterId": "bieu-quyet-1", "name": "Thành viên Hội đồng 1", "unit": {"id": "vu-tdkt", "name": "Vụ Thi đua – Khen thưởng"}},
                  {"voterId": "bieu-quyet-2", "name": "Thành viên Hội đồng 2", "unit": {"id": "vu-tdkt", "name": "Vụ Thi đua – Khen thưởng"}},
                  {"voterId": "bieu-quyet-3", "name": "Thành viên Hội đồng 3", "unit": {"id": "vu-tdkt", "name": "Vụ Thi đua – Khen thưởng"}}]}
                """.formatted(roundId, campaignId));
        return roundId;
    }

    private String collect(String voter, String roundId) throws Exception {
        String body = api.perform(voter, post("/api/rounds/" + roundId + "/my-credential"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.credential");
    }

    @Test
    void aGetNeverHandsOutACredentialSoAPrefetchCostsNothing() throws Exception {
        String roundId = secretCouncilRound(api.campaignOpenForPledges());
        api.perform(VOTER_1, get("/api/rounds/" + roundId + "/my-credential"))
                .andExpect(status().is4xxClientError());
        assertThat(database.getCollection("ballotMailbox").find(new Document("_id", roundId + ":bieu-quyet-1"))
                .first().get("collectedAt")).isNull();
    }

    @Test
    void theSecretariatReissuesAnUnusedCredentialAndTheOldOneNoLongerVotes() throws Exception {
        String roundId = secretCouncilRound(api.campaignOpenForPledges());
        String old = collect(VOTER_1, roundId);
        api.perform(SECRETARIAT, CommandApi.request("/api/rounds/" + roundId + "/credential-reissues")
                        .content("{\"voterId\": \"bieu-quyet-1\", \"reason\": \"Mất phiếu\"}"))
                .andExpect(status().isCreated());
        Document reissued = api.lastEvent(roundId);
        assertThat(reissued.getString("payloadType")).endsWith("BallotCredentialReissued");
        assertThat(reissued.getString("metaData")).contains("\"reason\":\"Mất phiếu\"");
        String fresh = collect(VOTER_1, roundId);
        assertThat(fresh).isNotEqualTo(old);

        api.post(null, "/api/rounds/" + roundId + "/secret-ballots",
                        "{\"credential\": \"%s\", \"approved\": [\"cc-0042\"]}".formatted(old))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CREDENTIAL_NOT_ISSUED"));
        api.created(null, "/api/rounds/" + roundId + "/secret-ballots",
                "{\"credential\": \"%s\", \"approved\": [\"cc-0042\"]}".formatted(fresh));
        api.perform(SECRETARIAT, CommandApi.request("/api/rounds/" + roundId + "/credential-reissues")
                        .content("{\"voterId\": \"bieu-quyet-1\", \"reason\": \"Lại mất\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CREDENTIAL_ALREADY_USED"));
        api.perform(VOTER_1, CommandApi.request("/api/rounds/" + roundId + "/credential-reissues")
                        .content("{\"voterId\": \"bieu-quyet-1\", \"reason\": \"Tự cấp\"}"))
                .andExpect(status().isForbidden());

        api.created(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
        assertThat(database.getCollection("ballotMailbox").countDocuments(new Document("roundId", roundId)))
                .as("closing forgets the round's credentials").isZero();
    }

    @Test
    void aVoterCollectsTheCredentialAgainAfterALostResponseAndVotesAnonymously() throws Exception {
        String roundId = secretCouncilRound(api.campaignOpenForPledges());
        String credential = collect(VOTER_1, roundId);
        assertThat(credential).hasSize(43);
        api.perform(VOTER_1, post("/api/rounds/" + roundId + "/my-credential").header("Idempotency-Key", "c-" + roundId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.credential").value(credential));
        assertThat(database.getCollection("idempotencyKeys").countDocuments(
                new Document("_id", new Document("$regex", "c-" + roundId)))).as("no stored copy of a credential").isZero();
        api.perform("bieu-quyet-2", post("/api/rounds/" + roundId + "/my-credential"))
                .andExpect(jsonPath("$.credential").value(org.hamcrest.Matchers.not(credential)));

        // No credentials on the request: the credential is the proof. An Idempotency-Key is ignored here.
        String ballot = "{\"credential\": \"%s\", \"approved\": [\"cc-0042\"]}".formatted(credential);
        String answer = api.perform(null, CommandApi.request("/api/rounds/" + roundId + "/secret-ballots")
                        .content(ballot).header("Idempotency-Key", "k-" + roundId).header("X-Request-Id", "trace-me"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString();
        String receipt = JsonPath.read(answer, "$.receipt");
        assertThat(answer).isEqualTo("{\"roundId\":\"%s\",\"receipt\":\"%s\",\"location\":\"/api/public/rounds/%s/ballots/%s\"}"
                .formatted(roundId, receipt, roundId, receipt));
        // The documented formula (docs/secret-ballot.md), so a voter can recompute it, and the stored ballot's own.
        assertThat(receipt).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(("thidua-ballot-receipt:" + credential).getBytes(StandardCharsets.UTF_8))));
        Document cast = api.lastEvent(roundId);
        assertThat(cast.getString("payloadType")).endsWith("SecretBallotCast");
        assertThat((String) JsonPath.read(cast.getString("payload"), "$.receipt")).isEqualTo(receipt);
        assertThat(cast.getString("metaData")).contains("\"principal\":\"anonymous-ballot\"")
                .doesNotContain("bieu-quyet", "requestId", "trace-me", "roles");
        assertThat(database.getCollection("idempotencyKeys").countDocuments(
                new Document("_id", new Document("$regex", "k-" + roundId)))).isZero();

        api.post(null, "/api/rounds/" + roundId + "/secret-ballots", ballot)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CREDENTIAL_ALREADY_USED"));
        api.post(null, "/api/rounds/" + roundId + "/secret-ballots",
                        "{\"credential\": \"made-up\", \"approved\": [\"cc-0042\"]}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CREDENTIAL_NOT_ISSUED"));
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
