package vn.thidua.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT_NAME;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;

import java.math.BigDecimal;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.campaign.ScoreSelfAssessed;
import vn.thidua.ledger.events.common.CampaignId;
import vn.thidua.ledger.events.common.CriterionId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

/**
 * Aggregates stay in memory between commands ({@link AggregateCache}), and a cached aggregate that another command
 * node has moved on from cannot store anything: its command is refused with 409 and the retry sees the other node's
 * event.
 */
@HttpTest
class AggregateCacheHttpTest {

    @Autowired
    CommandApi api;

    @Autowired
    EventStore eventStore;

    @Test
    void aCachedCampaignThatAnotherNodeMovedOnIsRefusedOnceAndThenReloaded() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        String selfAssessments = "/api/campaigns/" + campaignId + "/scorecards/" + HTQT + "/self-assessments";
        api.created(SECRETARIAT, selfAssessments, "{\"criterionId\": \"tc-1\", \"points\": 40}");
        long last = eventStore.lastSequenceNumberFor(campaignId).orElseThrow();

        // Another command node's write, which this node's cached campaign has not seen.
        eventStore.publish(new GenericDomainEventMessage<>("Campaign", campaignId, last + 1, new ScoreSelfAssessed(
                new CampaignId(campaignId), CommandApi.YEAR, new UnitRef(new UnitId(HTQT), HTQT_NAME),
                new CriterionId("tc-1"), "Thực hiện nhiệm vụ", new BigDecimal("41"), new BigDecimal("60"))));

        api.post(SECRETARIAT, selfAssessments, "{\"criterionId\": \"tc-1\", \"points\": 42}")
           .andExpect(status().isConflict())
           .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
        api.created(SECRETARIAT, selfAssessments, "{\"criterionId\": \"tc-1\", \"points\": 42}");

        List<Document> events = api.events(campaignId);
        assertThat(events).hasSize((int) last + 3);
        assertThat(events.subList((int) last, events.size())).extracting(event -> event.getString("payload"))
                .allSatisfy(payload -> assertThat(payload).contains("\"points\""))
                .satisfiesExactly(first -> assertThat(first).contains("40"), second -> assertThat(second).contains("41"),
                                  third -> assertThat(third).contains("42"));
    }
}
