package vn.thidua.ledger.app.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.ViewsCaughtUp;
import vn.thidua.ledger.events.common.DecisionId;
import vn.thidua.ledger.events.decision.CommendationKind;
import vn.thidua.ledger.events.nomination.BallotKind;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.fixtures.Conference2022Events;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CONFERENCE;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CVDCXDPL;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.Conference2022.AWARD_SIGNED_ON;

@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DecisionsHttpTest {

    /** Fresh each run, so a rerun in the same JVM (one shared store) does not collide with the last run's streams. */
    private static final String CLUSTER = CommandApi.unique("decision-http-cum-iv");
    private static final String RUN = CLUSTER.substring(CLUSTER.length() - 8);
    private static final String PROPOSAL = "D1/TTr-CTĐ4-" + RUN;
    private static final String AWARD = "D2/QĐ-BTP-" + RUN;
    private static final String APPOINTMENT = "D3/QĐ-BTP-" + RUN;
    private static final String PROPOSAL_ID = DecisionId.of(CONFERENCE.getYear(), PROPOSAL).value();
    private static final String AWARD_ID = DecisionId.of(AWARD_SIGNED_ON.getYear(), AWARD).value();
    private static final String APPOINTMENT_ID = DecisionId.of(CONFERENCE.getYear(), APPOINTMENT).value();

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    @BeforeAll
    void recordDecisions() {
        Conference2022Events year = ClusterIv2022Events.underCluster(CLUSTER).conference();
        EventFeed feed = new EventFeed(eventStore);
        feed.publish("NominationRound", year.flagRound().value(), year.flagRoundOpened(BallotKind.OPEN),
                     EventFeed.secretariat("Mở đợt bình xét"));
        feed.publish("Decision", PROPOSAL_ID, year.commendation(PROPOSAL, CommendationKind.PROPOSAL,
                                                                   CONFERENCE, THADS, CVDCXDPL),
                     EventFeed.secretariat("Tờ trình đề nghị"));
        feed.publish("Decision", AWARD_ID, year.commendation(AWARD, CommendationKind.AWARD, AWARD_SIGNED_ON,
                                                                 THADS, CVDCXDPL), EventFeed.secretariat("Quyết định tặng"));
        feed.publish("Decision", APPOINTMENT_ID, year.appointment(APPOINTMENT), EventFeed.secretariat("Phân công"));
        feed.publish("Decision", AWARD_ID, year.revoked(AWARD, THADS), EventFeed.secretariat("Thu hồi"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/api/public/decisions/" + AWARD_ID))
                .andExpect(jsonPath("$.recipients[0].status").value("REVOKED")));
        // The decision's document is written before the award records and lists the same batch folds.
        ViewsCaughtUp.await(mvc);
    }

    @Test
    void anyoneReadsADecisionWithItsRecipientsRuleAndRevocation() throws Exception {
        String etag = mvc.perform(get("/api/public/decisions/" + AWARD_ID))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.decisionNumber").value(AWARD))
                         .andExpect(jsonPath("$.kind").value("AWARD"))
                         .andExpect(jsonPath("$.titleName").value("Cờ thi đua ngành Tư pháp"))
                         .andExpect(jsonPath("$.rule.ruleCode").value("R8"))
                         .andExpect(jsonPath("$.recipients[0].name").value("Tổng cục Thi hành án dân sự"))
                         .andExpect(jsonPath("$.recipients[0].revocation.revocationDecisionNumber").value("MH-789/QĐ-BTP"))
                         .andExpect(jsonPath("$.recipients[0].revocation.rule.ruleCode").value("R10"))
                         .andExpect(jsonPath("$.recipients[1].status").value("AWARDED"))
                         .andExpect(header().exists("ETag"))
                         .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/public/decisions/" + AWARD_ID).header("If-None-Match", etag)).andExpect(status().isNotModified());
    }

    @Test
    void theDecisionsOfAClusterYearAreListedInTheOrderRecorded() throws Exception {
        String etag = mvc.perform(get("/api/public/clusters/" + CLUSTER + "/years/2022/decisions"))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$[*].decisionNumber", contains(PROPOSAL, AWARD, APPOINTMENT)))
                         .andExpect(jsonPath("$[2].appointment.headName").value("Vụ Hợp tác quốc tế"))
                         .andExpect(jsonPath("$[2].appointment.year").value(2023))
                         .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/public/clusters/" + CLUSTER + "/years/2022/decisions").header("If-None-Match", etag))
           .andExpect(status().isNotModified());
        mvc.perform(get("/api/public/clusters/" + CLUSTER + "/years/2019/decisions"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aUnitsAwardRecordKeepsTheRevokedAwardMarkedRevoked() throws Exception {
        mvc.perform(get("/api/public/units/" + THADS.id() + "/awards"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.holderName").value("Tổng cục Thi hành án dân sự"))
           .andExpect(jsonPath("$.awards[?(@.decisionNumber == '" + PROPOSAL + "')].status", contains("PROPOSED")))
           .andExpect(jsonPath("$.awards[?(@.decisionNumber == '" + AWARD + "')].status", contains("REVOKED")))
           .andExpect(jsonPath("$.awards[?(@.decisionNumber == '" + AWARD + "')].revocation.ground",
                               contains("STANDARDS_NOT_MET")))
           .andExpect(header().exists("ETag"));
        mvc.perform(get("/api/public/registrants/vu-cvdcxdpl/awards"))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.holderType").value("REGISTRANT"))
           .andExpect(jsonPath("$.awards[?(@.decisionNumber == '" + AWARD + "')].status", contains("AWARDED")));
    }

    @Test
    void unknownDecisionsAndRecordsAreProblemsNotFound() throws Exception {
        mvc.perform(get("/api/public/decisions/KHONG-CO"))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
           .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(get("/api/public/units/khong-co/awards")).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/registrants/khong-co/awards")).andExpect(status().isNotFound());
        mvc.perform(get("/api/public/clusters/" + CLUSTER + "/years/hai-nghin/decisions"))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }
}
