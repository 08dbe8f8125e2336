package vn.thidua.ledger.app.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.SecureRandom;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.ledger.command.nomination.BlindBallotVoter;
import vn.thidua.ledger.command.nomination.BlindRsa;

/**
 * A secret council round over HTTP, voted the way the page votes (RFC 9474 through {@link BlindBallotVoter}):
 * voters {@code prefix-1 … prefix-n} sign in as VOTER principals of that id (no configured users needed).
 */
public final class SecretBallots {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String UNIT = "{\"id\": \"vu-tdkt\", \"name\": \"Vụ Thi đua – Khen thưởng\"}";

    private final CommandApi api;
    private final MockMvc mvc;

    public SecretBallots(CommandApi api, MockMvc mvc) {
        this.api = api;
        this.mvc = mvc;
    }

    /** A signed token ready to cast, and the receipt it will get. */
    public record SignedToken(String token, String signature) {
    }

    /**
     * Opens a secret council round for the grassroots fighter title with {@code candidates}, voted by a council
     * established for it today with the voters named by ids (the first the chair, the second the standing member, so
     * at least two), which sets its grassroots threshold at 90%, the old rule set's, so results read as before.
     */
    public String councilRound(List<String> candidates, List<String> voterIds) throws Exception {
        String campaignId = api.campaignOpenForPledges();
        for (String candidate : candidates) {
            api.created(CommandApi.SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                    {"registrantId": "%s", "registrantName": "Cá nhân %s (minh họa)", "kind": "INDIVIDUAL",
                     "unitId": "%s", "titles": ["GRASSROOTS_EMULATION_FIGHTER"]}
                    """.formatted(candidate, candidate, CommandApi.HTQT));
        }
        String councilId = council(voterIds);
        String roundId = CommandApi.unique("hd");
        String candidateIds = candidates.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","));
        api.created(CommandApi.SECRETARIAT, "/api/rounds", """
                {"roundId": "%s", "campaignId": "%s", "title": "GRASSROOTS_EMULATION_FIGHTER", "body": "COUNCIL",
                 "candidateIds": [%s], "councilId": "%s"}""".formatted(roundId, campaignId, candidateIds, councilId));
        return roundId;
    }

    /** A council established today with these members, its grassroots threshold 90% from today. */
    public String council(List<String> voterIds) throws Exception {
        String councilId = CommandApi.unique("hdtdkt");
        String members = IntStream.range(0, voterIds.size()).mapToObj(i -> """
                {"voterId": "%s", "name": "Thành viên %s", "unit": %s, "role": "%s"}""".formatted(voterIds.get(i),
                voterIds.get(i), UNIT, i == 0 ? "CHAIR" : i == 1 ? "STANDING_MEMBER" : "MEMBER"))
                .collect(Collectors.joining(","));
        api.created(CommandApi.SECRETARIAT, "/api/councils", """
                {"councilId": "%s", "name": "Hội đồng Thi đua – Khen thưởng (minh họa)", "unit": %s,
                 "decisionNumber": "%s/QĐ-HĐ", "establishedOn": "%s", "members": [%s]}"""
                .formatted(councilId, UNIT, councilId, CommandApi.today(), members));
        api.created(CommandApi.SECRETARIAT, "/api/councils/" + councilId + "/grassroots-threshold", """
                {"thresholdRatio": 0.9, "decisionNumber": "%s/QĐ-TL", "effectiveFrom": "%s"}"""
                .formatted(councilId, CommandApi.today()));
        return councilId;
    }

    public static List<String> voters(String prefix, int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> prefix + "-" + i).toList();
    }

    /** The round's public key, from the round's public view (waits for the projection). */
    public RSAPublicKey key(String roundId) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            String body = mvc.perform(get("/api/public/rounds/" + roundId)).andReturn().getResponse()
                    .getContentAsString();
            if (body.contains("\"ballotKey\":{")) {
                return BlindRsa.publicKey(JsonPath.read(body, "$.ballotKey.modulus"),
                        JsonPath.read(body, "$.ballotKey.publicExponent"));
            }
            Thread.sleep(50);
        }
        throw new AssertionError("round " + roundId + " shows no ballot key");
    }

    public static MockHttpServletRequestBuilder asVoter(MockHttpServletRequestBuilder request, String voterId) {
        return request.with(user(voterId).roles("VOTER"));
    }

    /** Blinds a fresh token, has {@code voterId} get it signed, unblinds: what the page does before the cast. */
    public SignedToken sign(String roundId, RSAPublicKey key, String voterId) throws Exception {
        BlindBallotVoter voter = new BlindBallotVoter(key, RANDOM);
        String answer = mvc.perform(asVoter(CommandApi.request("/api/rounds/" + roundId + "/blind-signatures")
                        .content("{\"voterId\": \"%s\", \"blindedMessage\": \"%s\"}".formatted(voterId,
                                voter.blindedMessage())), voterId))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new SignedToken(voter.token(), voter.finish(JsonPath.read(answer, "$.blindSignature")));
    }

    /** Ends the signing phase (mở hòm phiếu): from now on signed tokens are cast. */
    public void openBallotBox(String roundId) throws Exception {
        api.created(CommandApi.SECRETARIAT, "/api/rounds/" + roundId + "/ballot-box", "");
    }

    /**
     * A council round of {@code members} on {@code person}, every member signed, the box opened, every ballot approving
     * the person, the round closed: the council elects them, whatever the records said when it opened.
     */
    public String electedByCouncil(String person, List<String> members) throws Exception {
        String roundId = councilRound(List.of(person), members);
        RSAPublicKey key = key(roundId);
        List<SignedToken> signed = new ArrayList<>();
        for (String member : members) {
            signed.add(sign(roundId, key, member));
        }
        openBallotBox(roundId);
        for (SignedToken token : signed) {
            api.created(null, "/api/rounds/" + roundId + "/secret-ballots", ballot(token, List.of(person)));
        }
        api.created(CommandApi.SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
        return roundId;
    }

    public static String ballot(SignedToken signed, List<String> approved) {
        return "{\"token\": \"%s\", \"signature\": \"%s\", \"approved\": [%s]}".formatted(signed.token(),
                signed.signature(), approved.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")));
    }
}
