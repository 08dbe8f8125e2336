package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.today;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * Hội đồng Thi đua – Khen thưởng over HTTP: the secretariat records the council's decisions, and a council round
 * counts the roster of its day (R7), with the council's own grassroots threshold from 2024 on.
 */
@HttpTest
class CouncilCommandsHttpTest {

    private static final String UNIT = "{\"id\": \"vu-tdkt\", \"name\": \"Vụ Thi đua – Khen thưởng\"}";

    @Autowired
    CommandApi api;

    private static String member(String voterId, String role) {
        return "{\"voterId\": \"%s\", \"name\": \"Thành viên %s\", \"unit\": %s, \"role\": \"%s\"}"
                .formatted(voterId, voterId, UNIT, role);
    }

    private static String council(String councilId, String... members) {
        return """
                {"councilId": "%s", "name": "Hội đồng Thi đua – Khen thưởng (minh họa)", "unit": %s,
                 "decisionNumber": "%s/QĐ", "establishedOn": "%s", "members": [%s]}"""
                .formatted(councilId, UNIT, councilId, today().minusDays(10), String.join(",", members));
    }

    /** A campaign of this year with one pledged grassroots fighter candidate, {@code cc-0042}. */
    private String campaignWithAFighter() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        api.created(SECRETARIAT, "/api/campaigns/" + campaignId + "/pledges", """
                {"registrantId": "cc-0042", "registrantName": "Cá nhân minh họa", "kind": "INDIVIDUAL",
                 "unitId": "%s", "titles": ["GRASSROOTS_EMULATION_FIGHTER"]}""".formatted(CommandApi.HTQT));
        return campaignId;
    }

    private static String councilRound(String roundId, String campaignId, String councilId) {
        return """
                {"roundId": "%s", "campaignId": "%s", "title": "GRASSROOTS_EMULATION_FIGHTER", "body": "COUNCIL",
                 "candidateIds": ["cc-0042"]%s}""".formatted(roundId, campaignId,
                councilId == null ? "" : ", \"councilId\": \"" + councilId + "\"");
    }

    @Test
    void theSecretariatEstablishesACouncilByItsDecisionWithWhoAndWhy() throws Exception {
        String id = unique("hdtdkt");
        api.perform(SECRETARIAT, CommandApi.request("/api/councils")
                        .content(council(id, member("a-1", "CHAIR"), member("a-2", "STANDING_MEMBER"),
                                member("a-3", "MEMBER")).getBytes())
                        .header("X-Reason", "Quyet dinh thanh lap"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/audit/events?aggregate=" + id))
                .andExpect(jsonPath("$.councilId").value(id));
        Document event = api.lastEvent(id);
        assertThat(event.getString("payloadType")).isEqualTo("vn.thidua.ledger.events.council.CouncilEstablished");
        assertThat(event.getString("metaData")).contains("\"principal\":\"thu-ky\"")
                .contains("\"reason\":\"Quyet dinh thanh lap\"");
        assertThat(event.getString("payload")).contains("\"role\":\"STANDING_MEMBER\"", "Vụ Thi đua – Khen thưởng");
    }

    @Test
    void aCouncilWithoutAStandingMemberIs400AndASecondChair409() throws Exception {
        String id = unique("hdtdkt");
        api.post(SECRETARIAT, "/api/councils", council(id, member("b-1", "CHAIR"), member("b-2", "MEMBER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("COUNCIL_CHAIR_AND_STANDING_MEMBER_REQUIRED"));
        api.created(SECRETARIAT, "/api/councils", council(id, member("b-1", "CHAIR"), member("b-2", "STANDING_MEMBER")));
        api.post(SECRETARIAT, "/api/councils/" + id + "/appointments", """
                        {"member": %s, "decisionNumber": "%s/QĐ-2", "appointedOn": "%s"}"""
                        .formatted(member("b-3", "CHAIR"), id, today()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("COUNCIL_ROLE_FILLED"));
    }

    @Test
    void aCouncilRoundCountsTheRosterOfItsDayNotOfTheEstablishingDecision() throws Exception {
        String id = unique("hdtdkt");
        api.created(SECRETARIAT, "/api/councils", council(id, member("c-1", "CHAIR"),
                member("c-2", "STANDING_MEMBER"), member("c-3", "MEMBER"), member("c-4", "MEMBER")));
        api.created(SECRETARIAT, "/api/councils/" + id + "/reliefs", """
                {"voterId": "c-4", "decisionNumber": "%s/QĐ-3", "relievedOn": "%s"}""".formatted(id, today().minusDays(1)));
        api.created(SECRETARIAT, "/api/councils/" + id + "/appointments", """
                {"member": %s, "decisionNumber": "%s/QĐ-4", "appointedOn": "%s"}"""
                .formatted(member("c-5", "MEMBER"), id, today().plusDays(1)));
        api.created(SECRETARIAT, "/api/councils/" + id + "/grassroots-threshold", """
                {"thresholdRatio": 0.6, "decisionNumber": "%s/QĐ-5", "effectiveFrom": "%s"}""".formatted(id, today()));
        String roundId = unique("hd");
        api.created(SECRETARIAT, "/api/rounds", councilRound(roundId, campaignWithAFighter(), id));

        List<Document> events = api.events(roundId);
        String opened = events.get(0).getString("payload");
        assertThat(opened).contains("\"voterId\":\"c-1\"", "\"voterId\":\"c-3\"", "\"thresholdRatio\":0.6")
                .doesNotContain("\"voterId\":\"c-4\"", "\"voterId\":\"c-5\"");
        assertThat(events.get(1).getString("payloadType")).endsWith("CouncilRosterTaken");
        assertThat(events.get(1).getString("payload")).contains("\"totalMembership\":3", "\"councilThreshold\":0.6",
                "\"asOf\":\"" + today() + "\"");
    }

    @Test
    void aSecretRoundVotedOnPaperIsClosedFromItsCountingMinutes() throws Exception {
        String id = unique("hdtdkt");
        api.created(SECRETARIAT, "/api/councils", council(id, member("p-1", "CHAIR"),
                member("p-2", "STANDING_MEMBER"), member("p-3", "MEMBER")));
        api.created(SECRETARIAT, "/api/councils/" + id + "/grassroots-threshold", """
                {"thresholdRatio": 0.6, "decisionNumber": "%s/QĐ-5", "effectiveFrom": "%s"}""".formatted(id, today()));
        String roundId = unique("hd");
        api.created(SECRETARIAT, "/api/rounds", councilRound(roundId, campaignWithAFighter(), id));
        String minutes = """
                {"counters": ["Trưởng ban kiểm phiếu (minh họa)"], "ballotsIssued": 3, "ballotsReturned": 3,
                 "ballotsValid": %d, "ballotsInvalid": 1, "approvals": [{"candidateId": "cc-0042", "approvals": 2}]}""";
        api.post(SECRETARIAT, "/api/rounds/" + roundId + "/paper-tally", minutes.formatted(3))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("PAPER_TALLY_INCONSISTENT"));
        api.post(SECRETARIAT, "/api/rounds/" + roundId + "/paper-tally", minutes.formatted(2))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/rounds/" + roundId));
        api.created(SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");

        Document closed = api.lastEvent(roundId);
        assertThat(closed.getString("payloadType")).endsWith("NominationRoundClosed");
        assertThat(closed.getString("payload")).contains("\"ballotsReceived\":3", "\"approvals\":2",
                "\"outcome\":\"ELECTED\"");
    }

    @Test
    void aCouncilRoundWithoutItsCouncilIs400AndAnUnknownCouncil404() throws Exception {
        String campaignId = campaignWithAFighter();
        long before = api.commitCount();
        api.post(SECRETARIAT, "/api/rounds", councilRound(unique("hd"), campaignId, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_INPUT"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("R7")));
        api.post(SECRETARIAT, "/api/rounds", councilRound(unique("hd"), campaignId, unique("khong-co")))
                .andExpect(status().isNotFound());
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void aGrassrootsRoundBeforeTheCouncilSetItsThresholdIs409() throws Exception {
        String id = unique("hdtdkt");
        api.created(SECRETARIAT, "/api/councils", council(id, member("d-1", "CHAIR"), member("d-2", "STANDING_MEMBER")));
        api.post(SECRETARIAT, "/api/rounds", councilRound(unique("hd"), campaignWithAFighter(), id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("COUNCIL_THRESHOLD_NOT_SET"));
    }

    @Test
    void aRepresentativeCannotRecordTheCouncilsDecisions() throws Exception {
        api.post(CommandApi.REP_HTQT, "/api/councils", council(unique("hdtdkt"), member("e-1", "CHAIR"),
                        member("e-2", "STANDING_MEMBER")))
                .andExpect(status().isForbidden());
    }
}
