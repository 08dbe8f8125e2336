package vn.thidua.ledger.app.query;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022Events;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.HTQT;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MINH_HOA_A;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;

@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class YearSummaryHttpTest {

    /** Fresh each run, so a rerun in the same JVM (one shared store) does not collide with the last run's streams. */
    private static final String CLUSTER = CommandApi.unique("summary-http-cum-iv");
    private static final String DECISION_NUMBER = "S" + CLUSTER.substring(CLUSTER.length() - 8) + "/TTr-CTĐ4";
    private static final String DECISION = DecisionId.of(CONFERENCE.getYear(), DECISION_NUMBER).value();
    private static final String SUMMARY = "/api/public/clusters/" + CLUSTER + "/years/2022/summary";
    private static final ClusterIv2022Events YEAR = ClusterIv2022Events.underCluster(CLUSTER);
    private static final Conference2022Events CONFERENCE_2022 = YEAR.conference();

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    private long beforeDecision;
    private Instant beforeDecisionAt;

    /** The year up to the nomination; then, once the summary shows it, the proposal decision. */
    @BeforeAll
    void recordTheYear() throws Exception {
        String campaign = YEAR.campaign().value();
        EventFeed feed = new EventFeed(eventStore);
        feed.publish("EmulationCluster", CLUSTER, YEAR.formed(), EventFeed.secretariat("Thành lập cụm"));
        feed.publish("Campaign", campaign, YEAR.launched(), EventFeed.secretariat("Phát động"));
        for (var unit : ClusterIv2022.MEMBERS) {
            feed.publish("Campaign", campaign, YEAR.unitPledge(unit), EventFeed.secretariat("Đăng ký"));
        }
        feed.publish("Campaign", campaign, YEAR.covenant(HTQT), EventFeed.secretariat("Ký giao ước"));
        feed.publish("Campaign", campaign, YEAR.ranking(), EventFeed.secretariat("Công bố xếp hạng"));
        feed.publish("NominationRound", CONFERENCE_2022.flagRound().value(),
                     CONFERENCE_2022.flagRoundOpened(BallotKind.OPEN), EventFeed.secretariat("Mở đợt bình xét"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get(SUMMARY))
                .andExpect(jsonPath("$.rounds.length()").value(1)));
        String etag = mvc.perform(get(SUMMARY)).andReturn().getResponse().getHeader("ETag");
        beforeDecision = Long.parseLong(etag.replace("\"", ""));
        // Event timestamps are stored to the millisecond: the instant read below must fall strictly between
        // the round's and the decision's, so wait for the clock to pass a millisecond on each side.
        awaitTheNextMillisecond(Instant.now());
        beforeDecisionAt = Instant.now();
        awaitTheNextMillisecond(beforeDecisionAt);
        feed.publish("Decision", DECISION, CONFERENCE_2022.commendation(DECISION_NUMBER, CommendationKind.PROPOSAL,
                                                                        CONFERENCE, THADS, CVDCXDPL),
                     EventFeed.secretariat("Tờ trình đề nghị Cờ thi đua ngành Tư pháp"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get(SUMMARY))
                .andExpect(jsonPath("$.decisions.length()").value(1)));
        // As-of reads cut the streams with the stream index, a view of its own: let it catch up too.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/admin/views/streamIndex")
                .with(httpBasic("thu-ky", "thuky-demo-2022"))).andExpect(jsonPath("$.lag").value(0)));
    }

    @Test
    void anyoneReadsTheYearSummaryWithItsFiguresAndAnETag() throws Exception {
        String etag = mvc.perform(get(SUMMARY))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.clusterName").value(CLUSTER_NAME))
                         .andExpect(jsonPath("$.members.length()").value(6))
                         .andExpect(jsonPath("$.campaign.ruleSetVersion").value(1))
                         .andExpect(jsonPath("$.pledgeCoverage.unitsRegistered").value(6))
                         .andExpect(jsonPath("$.pledgeCoverage.memberUnits").value(6))
                         .andExpect(jsonPath("$.covenant.signed").value(1))
                         .andExpect(jsonPath("$.covenant.signatures[0].unitName").value(HTQT.name()))
                         .andExpect(jsonPath("$.leadingUnits", contains(THADS.name())))
                         .andExpect(jsonPath("$.ranking.rows[3].unitName").value(MINH_HOA_A.name()))
                         .andExpect(jsonPath("$.rounds[0].titleName").value("Cờ thi đua ngành Tư pháp"))
                         .andExpect(jsonPath("$.decisions[0].decisionNumber").value(DECISION_NUMBER))
                         .andExpect(jsonPath("$.decisions[0].type").value("PROPOSAL"))
                         .andExpect(jsonPath("$.contributingAggregates",
                                             contains(CLUSTER, CLUSTER + "-2022", CLUSTER + "-2022-suy-ton-co-thi-dua",
                                                      DECISION)))
                         .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(SUMMARY).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void asOfAPositionOrInstantBeforeTheDecisionTheSummaryHasNoDecisionAndAfterItHasIt() throws Exception {
        mvc.perform(get(SUMMARY).param("asOf", Long.toString(beforeDecision)))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.decisions", empty()))
           .andExpect(jsonPath("$.rounds.length()").value(1))
           .andExpect(header().string("ETag", "\"" + beforeDecision + "\""));
        mvc.perform(get(SUMMARY).param("asOf", beforeDecisionAt.toString()))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.decisions", empty()));
        // As of now: the as-of read cuts streams with the stream index, a view of its own that may trail.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get(SUMMARY).param("asOf", Instant.now().toString()))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.decisions[0].decisionNumber").value(DECISION_NUMBER))
           .andExpect(jsonPath("$.leadingUnits", contains(THADS.name()))));
    }

    @Test
    void beforeTheLaunchThereIsNoSummaryAndABadAsOfIsAProblem() throws Exception {
        mvc.perform(get(SUMMARY).param("asOf", "0"))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get(SUMMARY).param("asOf", "hôm qua"))
           .andExpect(status().isBadRequest())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
           .andExpect(jsonPath("$.code").value("INVALID_AS_OF"));
        mvc.perform(get("/api/public/clusters/" + CLUSTER + "/years/2031/summary"))
           .andExpect(status().isNotFound());
    }

    @Test
    void theWordDocumentAsOfBeforeTheDecisionIsTheYearAsItStoodThenWithTheJsonReadsETag() throws Exception {
        String then = Long.toString(beforeDecision);
        assertThat(decisionsIn(mvc.perform(get(SUMMARY + ".docx").param("asOf", then))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + beforeDecision + "\""))
                .andReturn())).doesNotContain(DECISION_NUMBER);
        assertThat(decisionsIn(mvc.perform(get(SUMMARY + ".docx")).andExpect(status().isOk()).andReturn()))
                .contains(DECISION_NUMBER);
        mvc.perform(get(SUMMARY + ".docx").param("asOf", then).header("If-None-Match", "\"" + beforeDecision + "\""))
           .andExpect(status().isNotModified());
        mvc.perform(get(SUMMARY + ".docx").param("asOf", "0")).andExpect(status().isNotFound());
        mvc.perform(get(SUMMARY + ".docx").param("asOf", "hôm qua"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_AS_OF"));
    }

    /** The text of the Word document's tables, where the decisions are listed. */
    private static String decisionsIn(MvcResult result) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            return String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
        }
    }

    private static void awaitTheNextMillisecond(Instant after) {
        await().atMost(Duration.ofSeconds(1)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(1))
               .until(() -> Instant.now().toEpochMilli() > after.toEpochMilli());
    }
}
