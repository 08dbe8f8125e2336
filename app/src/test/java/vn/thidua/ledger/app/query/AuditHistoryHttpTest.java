package vn.thidua.ledger.app.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.events.nomination.SecretBallotCast;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022Events;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.YEAR;
import static vn.thidua.ledger.fixtures.ClusterIv2022.campaignName;
import static vn.thidua.ledger.fixtures.Criteria2022.DUTIES;

@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditHistoryHttpTest {

    /** Fresh each run, so a rerun in the same JVM (one shared store) does not collide with the last run's streams. */
    private static final String CLUSTER = CommandApi.unique("audit-http-cum-iv");
    private static final String DECISION_NUMBER = "AUDIT/" + CLUSTER.substring(CLUSTER.length() - 8) + "/TTr";
    private static final RequestPostProcessor AUDITOR = httpBasic("kiem-toan", "kiemtoan-demo-2022");
    private static final String ADJUSTMENT_REASON = "Thẩm định theo biên bản ngày 09/12/2022";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    private final ClusterIv2022Events year = ClusterIv2022Events.underCluster(CLUSTER);
    private final Conference2022Events conference = year.conference();

    @BeforeAll
    void recordAYear() {
        EventFeed feed = new EventFeed(eventStore);
        feed.publish("EmulationCluster", CLUSTER, year.formed(), EventFeed.secretariat("Thành lập cụm"));
        feed.publish("Campaign", year.campaign().value(), year.launched(), EventFeed.secretariat("Phát động"));
        feed.publish("Campaign", year.campaign().value(), year.unitPledge(HTQT),
                     EventFeed.unitRepresentative("dai-dien-htqt", "vu-htqt", "Đăng ký thi đua"));
        feed.publish("Campaign", year.campaign().value(), year.adjusted(THADS.unit(), DUTIES, "50", "55", ADJUSTMENT_REASON),
                     EventFeed.secretariat(ADJUSTMENT_REASON));
        feed.publish("NominationRound", conference.flagRound().value(), conference.flagRoundOpened(BallotKind.SECRET),
                     EventFeed.secretariat("Mở đợt bình xét"));
        // Metadata that should never reach a secret ballot: the audit must not show it even if it did.
        feed.publish("NominationRound", conference.flagRound().value(), conference.secretBallot(),
                     MetaData.with(MetaDataKeys.PRINCIPAL, SecretBallotCast.ANONYMOUS_PRINCIPAL).and(MetaDataKeys.REQUEST_ID, "lo-ra")
                             .and(MetaDataKeys.UNIT_ID, "vu-htqt"));
        feed.publish("Decision", DecisionId.of(CONFERENCE.getYear(), DECISION_NUMBER).value(), conference.commendation(DECISION_NUMBER, CommendationKind.PROPOSAL,
                                                                   CONFERENCE, THADS),
                     EventFeed.secretariat("Tờ trình đề nghị Cờ thi đua"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(
                get("/api/audit/events").param("cluster", CLUSTER).with(AUDITOR)).andExpect(jsonPath("$.total").value(7)));
    }

    @Test
    void anAuditorSeesWhoDidWhatWhyAndUnderWhichCorrelationOldestFirst() throws Exception {
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("type", "ScoreAdjusted").with(AUDITOR))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.total").value(1))
           .andExpect(jsonPath("$.items[0].actor").value("thu-ky"))
           .andExpect(jsonPath("$.items[0].roles", contains("SECRETARIAT")))
           .andExpect(jsonPath("$.items[0].reason").value(ADJUSTMENT_REASON))
           .andExpect(jsonPath("$.items[0].requestId").value(org.hamcrest.Matchers.startsWith("req-")))
           .andExpect(jsonPath("$.items[0].correlationId").value(org.hamcrest.Matchers.startsWith("corr-")))
           .andExpect(jsonPath("$.items[0].traceId").value(org.hamcrest.Matchers.startsWith("trace-")))
           .andExpect(jsonPath("$.items[0].aggregateType").value("Campaign"))
           .andExpect(jsonPath("$.items[0].aggregateId").value(CLUSTER + "-2022"))
           .andExpect(jsonPath("$.items[0].sequence").value(2))
           .andExpect(jsonPath("$.items[0].revision").value("1"))
           .andExpect(jsonPath("$.items[0].year").value(2022))
           .andExpect(jsonPath("$.items[0].unitIds", contains(THADS.id())))
           .andExpect(jsonPath("$.items[0].summary").value(
                   "Thẩm định điểm của Tổng cục Thi hành án dân sự, tiêu chí " + DUTIES.name() + ": "
                           + "50 → 55 (" + ADJUSTMENT_REASON + ")"))
           .andExpect(jsonPath("$.items[0].payload.points").value(55));
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("order", "oldest").with(AUDITOR))
           .andExpect(jsonPath("$.items[0].type").value("ClusterFormed"))
           .andExpect(jsonPath("$.items[6].type").value("CommendationDecided"))
           .andExpect(jsonPath("$.order").value("oldest"));
    }

    @Test
    void aSecretBallotShowsNoActorBeyondAnonymousBallotAndInheritsItsRoundsClusterAndYear() throws Exception {
        mvc.perform(get("/api/audit/events").param("aggregate", conference.flagRound().value()).param("type", "SecretBallotCast")
                                            .with(AUDITOR))
           .andExpect(jsonPath("$.total").value(1))
           .andExpect(jsonPath("$.items[0].actor").value("anonymous-ballot"))
           .andExpect(jsonPath("$.items[0].roles", empty()))
           .andExpect(jsonPath("$.items[0].requestId").value(nullValue()))
           .andExpect(jsonPath("$.items[0].actingUnitId").value(nullValue()))
           .andExpect(jsonPath("$.items[0].unitIds", empty()))
           .andExpect(jsonPath("$.items[0].clusterId").value(CLUSTER))
           .andExpect(jsonPath("$.items[0].year").value(2022))
           // no running tally from the history: the choices are counted in the round's result only
           .andExpect(jsonPath("$.items[0].payload.approved").doesNotExist())
           .andExpect(jsonPath("$.items[0].payload.receipt").isNotEmpty());
    }

    @Test
    void aDecisionIsFiledUnderItsRoundsClusterWithTheRuleItApplied() throws Exception {
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("type", "CommendationDecided").with(AUDITOR))
           .andExpect(jsonPath("$.total").value(1))
           .andExpect(jsonPath("$.items[0].rules[0].ruleCode").value("R8"))
           .andExpect(jsonPath("$.items[0].rules[0].ruleSetVersion").value(1))
           .andExpect(jsonPath("$.items[0].summary").value(containsString("Tờ trình đề nghị Cờ thi đua ngành Tư pháp")));
    }

    @Test
    void filtersCombineAndPagesWalkBothWays() throws Exception {
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("unit", "vu-htqt")
                                            .param("actor", "dai-dien-htqt").with(AUDITOR))
           .andExpect(jsonPath("$.total").value(1))
           .andExpect(jsonPath("$.items[0].type").value("PledgeRegistered"))
           .andExpect(jsonPath("$.items[0].actingUnitId").value("vu-htqt"));
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("year", "2022")
                                            .param("size", "2").param("page", "1").param("order", "oldest").with(AUDITOR))
           .andExpect(jsonPath("$.total").value(6))
           .andExpect(jsonPath("$.items[*].type", contains("ScoreAdjusted", "NominationRoundOpened")));
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("size", "2").param("page", "0").with(AUDITOR))
           .andExpect(jsonPath("$.items[*].type", contains("CommendationDecided", "SecretBallotCast")));
    }

    @Test
    void aTimeRangeIsReadInVietnameseDays() throws Exception {
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
        String longAgo = "2000-01-01";
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("from", today).param("to", today).with(AUDITOR))
           .andExpect(jsonPath("$.total").value(7));
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("from", longAgo).param("to", "2000-12-31")
                                            .with(AUDITOR))
           .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void oneEntryIsReadByItsPositionWithAnETagAndListsRevalidate() throws Exception {
        String body = mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).param("type", "CampaignLaunched")
                                                          .with(AUDITOR))
                         .andExpect(header().exists("ETag"))
                         .andReturn().getResponse().getContentAsString();
        long position = com.jayway.jsonpath.JsonPath.<Number>read(body, "$.items[0].position").longValue();

        String etag = mvc.perform(get("/api/audit/events/" + position).with(AUDITOR))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.type").value("CampaignLaunched"))
                         .andExpect(jsonPath("$.revision").value("1"))
                         .andExpect(jsonPath("$.payload.clusterId").value(CLUSTER))
                         .andExpect(jsonPath("$.payload.year").value(YEAR))
                         .andExpect(jsonPath("$.summary").value("Phát động " + campaignName(YEAR) + " (bộ quy định btp-thidua v1)"))
                         .andExpect(header().string("ETag", "\"" + position + "\""))
                         .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/audit/events/" + position).header("If-None-Match", etag).with(AUDITOR))
           .andExpect(status().isNotModified());
        String listEtag = mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).with(AUDITOR))
                             .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).header("If-None-Match", listEtag).with(AUDITOR))
           .andExpect(status().isNotModified());
    }

    @Test
    void anUnknownPositionIsNotFound() throws Exception {
        mvc.perform(get("/api/audit/events/987654321").with(AUDITOR))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
           .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void onlyAuditorsAndTheSecretariatMayReadTheHistory() throws Exception {
        mvc.perform(get("/api/audit/events")).andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/audit/events").with(httpBasic("dai-dien-htqt", "htqt-demo-2022")))
           .andExpect(status().isForbidden())
           .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(get("/api/audit/events").param("cluster", CLUSTER).with(httpBasic("thu-ky", "thuky-demo-2022")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.items[*].type", hasItem("SecretBallotCast")));
    }

    @Test
    void badParametersAreProblemsWithStableCodes() throws Exception {
        expectBadRequest("size", "201", "INVALID_PAGE_SIZE");
        expectBadRequest("page", "-1", "INVALID_PAGE");
        expectBadRequest("order", "sideways", "INVALID_ORDER");
        expectBadRequest("from", "09/12/2022", "INVALID_TIME");
        // times that exist but have no Vietnamese date to look up: outside years 1 to 9999
        expectBadRequest("to", "+999999999-12-31", "INVALID_TIME");
        expectBadRequest("from", "+999999999-12-31T23:59:59Z", "INVALID_TIME");
        expectBadRequest("from", "-999999999-01-01", "INVALID_TIME");
        expectBadRequest("year", "hai-nghin", "MALFORMED_REQUEST");
        mvc.perform(get("/api/audit/events").param("from", "2022-12-10").param("to", "2022-12-09").with(AUDITOR))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_TIME_RANGE"));
    }

    @Test
    void theOpenApiDocumentDescribesTheAuditEndpointsWithTheirParameters() throws Exception {
        mvc.perform(get("/v3/api-docs"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.paths['/api/audit/events'].get.summary").value("Search the audit history"))
           .andExpect(jsonPath("$.paths['/api/audit/events'].get.parameters[?(@.name == 'actor')].example", contains("thu-ky")))
           .andExpect(jsonPath("$.paths['/api/public/clusters/{clusterId}/years/{year}/summary'].get.summary")
                              .value("The year summary of a cluster"));
    }

    private void expectBadRequest(String parameter, String value, String code) throws Exception {
        mvc.perform(get("/api/audit/events").param(parameter, value).with(AUDITOR))
           .andExpect(status().isBadRequest())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
           .andExpect(jsonPath("$.code").value(code));
    }
}
