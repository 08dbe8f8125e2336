package vn.thidua.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;

import com.mongodb.client.MongoDatabase;
import java.time.Duration;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * The aggregates are event-sourced from our store and snapshotted past the threshold (5 in tests), here as deployed: in
 * the background ({@link BackgroundSnapshots}; the other tests take them in the command's thread).
 */
@HttpTest
@TestPropertySource(properties = "thidua.event-store.snapshot-in-background=true")
class AggregateWiringHttpTest {

    @Autowired
    CommandApi api;

    @Autowired
    MongoDatabase database;

    @Test
    void aCampaignPastTheThresholdIsSnapshottedAndStillDecidesFromItsFullState() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        String card = "/api/campaigns/" + campaignId + "/scorecards/" + HTQT;
        for (int points = 40; points < 47; points++) {
            api.created(SECRETARIAT, card + "/self-assessments", "{\"criterionId\": \"tc-1\", \"points\": %d}".formatted(points));
        }

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                database.getCollection("eventSnapshots").find(new Document("_id", campaignId)).first()).isNotNull());
        // State from before the snapshot still counts: the card is final once, then refused.
        api.created(SECRETARIAT, card + "/finalisation", "");
        api.post(SECRETARIAT, card + "/self-assessments", "{\"criterionId\": \"tc-1\", \"points\": 1}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("SCORECARD_FINALISED"));
        assertThat(api.lastEvent(campaignId).getString("payload")).contains("\"total\":46");
    }

    @Test
    void anAggregateAddressedByTheIdOfAnotherTypeIsNotFoundAndNothingIsStored() throws Exception {
        String clusterId = api.formCluster();
        long before = api.storeHead();

        // The cluster's id where a campaign's id belongs: the campaign repository must not fold the cluster's events.
        api.post(SECRETARIAT, "/api/campaigns/" + clusterId + "/covenant-signatures", "{\"unitId\": \"%s\"}".formatted(HTQT))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        api.post(SECRETARIAT, "/api/rounds/" + clusterId + "/closure", "")
                .andExpect(status().isNotFound());

        assertThat(api.storeHead()).isEqualTo(before);
    }
}
