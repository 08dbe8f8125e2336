package vn.thidua.ledger.app.query;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.AUDITOR;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.VOTER_1;
import static vn.thidua.ledger.app.testsupport.CommandApi.today;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.fixtures.ClusterIv2022;

/**
 * The council view over HTTP against the embedded store: the secretariat records the council's decisions through
 * the command API, and any signed-in reader then reads the roster of a day (who sat, by which decisions) and the
 * threshold in force; anonymous callers are refused.
 */
@HttpTest
class CouncilViewHttpTest {

    private static final String UNIT = "{\"id\": \"%s\", \"name\": \"%s\"}".formatted(
            ClusterIv2022.SECRETARIAT_UNIT.id().value(), ClusterIv2022.SECRETARIAT_UNIT.name());
    private static final LocalDate ESTABLISHED = today().minusDays(10);
    private static final LocalDate RELIEVED = today().minusDays(1);
    private static final LocalDate APPOINTED = today().plusDays(1);

    @Autowired
    CommandApi api;

    private String councilId;

    private static String member(String voterId, String role) {
        return "{\"voterId\": \"%s\", \"name\": \"Thành viên %s (minh họa)\", \"unit\": %s, \"role\": \"%s\"}"
                .formatted(voterId, voterId, UNIT, role);
    }

    /** Established 10 days ago; one member relieved yesterday, one appointed tomorrow; a threshold from today. */
    @BeforeEach
    void councilRecorded() throws Exception {
        councilId = unique("hdtdkt");
        api.created(SECRETARIAT, "/api/councils", """
                {"councilId": "%s", "name": "Hội đồng Thi đua – Khen thưởng (minh họa)", "unit": %s,
                 "decisionNumber": "MH-1/QĐ-%s", "establishedOn": "%s", "members": [%s, %s, %s, %s]}"""
                .formatted(councilId, UNIT, councilId, ESTABLISHED, member("v-chair", "CHAIR"),
                           member("v-standing", "STANDING_MEMBER"), member("v-a", "MEMBER"), member("v-b", "MEMBER")));
        api.created(SECRETARIAT, "/api/councils/" + councilId + "/reliefs", """
                {"voterId": "v-b", "decisionNumber": "MH-2/QĐ-%s", "relievedOn": "%s"}""".formatted(councilId, RELIEVED));
        api.created(SECRETARIAT, "/api/councils/" + councilId + "/grassroots-threshold", """
                {"thresholdRatio": 0.6, "decisionNumber": "MH-3/QĐ-%s", "effectiveFrom": "%s"}"""
                .formatted(councilId, today()));
        api.created(SECRETARIAT, "/api/councils/" + councilId + "/appointments", """
                {"member": %s, "decisionNumber": "MH-4/QĐ-%s", "appointedOn": "%s"}"""
                .formatted(member("v-c", "MEMBER"), councilId, APPOINTED));
        // The appointment is the last event the view folds (one processor, in order): once it shows, all four are in.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> api.perform(SECRETARIAT, read(APPOINTED))
                .andExpect(jsonPath("$.members[*].voterId").value(hasItem("v-c"))));
    }

    private MockHttpServletRequestBuilder read(LocalDate on) {
        return get("/api/councils/" + councilId).param("on", on.toString());
    }

    @Test
    void aSignedInReaderReadsTheRosterOfADayWithItsDecisions() throws Exception {
        api.perform(VOTER_1, read(RELIEVED.minusDays(1)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Hội đồng Thi đua – Khen thưởng (minh họa)"))
                .andExpect(jsonPath("$.establishedBy").value("MH-1/QĐ-" + councilId))
                .andExpect(jsonPath("$.chair.voterId").value("v-chair"))
                .andExpect(jsonPath("$.chair.appointedBy").value("MH-1/QĐ-" + councilId))
                .andExpect(jsonPath("$.standingMember.voterId").value("v-standing"))
                .andExpect(jsonPath("$.members[1].voterId").value("v-b"))
                .andExpect(jsonPath("$.members[1].until").value(RELIEVED.toString()))
                .andExpect(jsonPath("$.members[1].relievedBy").value("MH-2/QĐ-" + councilId))
                .andExpect(jsonPath("$.totalMembership").value(4))
                .andExpect(jsonPath("$.grassrootsThreshold").doesNotExist());
        api.perform(AUDITOR, read(APPOINTED))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[*].voterId").value(contains("v-a", "v-c")))
                .andExpect(jsonPath("$.members[1].appointedBy").value("MH-4/QĐ-" + councilId))
                .andExpect(jsonPath("$.grassrootsThreshold.ratio").value(0.6))
                .andExpect(jsonPath("$.grassrootsThreshold.decisionNumber").value("MH-3/QĐ-" + councilId));
    }

    @Test
    void withoutADayItIsTodaysRosterTheOneARoundOpenedTodayWouldCount() throws Exception {
        api.perform(REP_HTQT, get("/api/councils/" + councilId))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value(today().toString()))
                .andExpect(jsonPath("$.totalMembership").value(3))
                .andExpect(jsonPath("$.grassrootsThreshold.ratio").value(0.6));
    }

    @Test
    void theListHasEveryCouncilAndTheRosterIsRevalidatedByItsETag() throws Exception {
        api.perform(SECRETARIAT, get("/api/councils").param("on", today().toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].councilId", hasItem(councilId)));
        String etag = api.perform(SECRETARIAT, read(today())).andReturn().getResponse().getHeader("ETag");
        api.perform(SECRETARIAT, read(today()).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void anonymousCallersAreRefusedAndABadDayOrAnUnknownCouncilIsAProblem() throws Exception {
        api.perform(null, read(today())).andExpect(status().isUnauthorized());
        api.perform(null, get("/api/councils")).andExpect(status().isUnauthorized());
        api.perform(SECRETARIAT, get("/api/councils/" + councilId).param("on", "hôm nay"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("INVALID_DATE"));
        api.perform(SECRETARIAT, get("/api/councils/" + unique("khong-co")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }
}
