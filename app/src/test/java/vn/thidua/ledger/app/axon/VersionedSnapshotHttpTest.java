package vn.thidua.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import java.io.UncheckedIOException;
import org.axonframework.serialization.Revision;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.command.campaign.Campaign;
import vn.thidua.ledger.command.common.AggregateReader;
import vn.thidua.ledger.eventstore.EventJson;

/**
 * "Snapshots are versioned": an aggregate loads from a snapshot of its own revision, and ignores one of
 * another revision (taken before its fields changed), rebuilding itself from its events instead.
 */
@HttpTest
class VersionedSnapshotHttpTest {

    @Autowired
    CommandApi api;

    @Autowired
    MongoDatabase database;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void anAggregateLoadsFromASnapshotOfItsRevisionAndIgnoresOneOfAnother() throws Exception {
        String campaignId = api.launchCampaign(api.formCluster());
        String card = "/api/campaigns/" + campaignId + "/scorecards/" + HTQT;
        for (int points = 40; points < 47; points++) {
            api.created(SECRETARIAT, card + "/self-assessments", "{\"criterionId\": \"tc-1\", \"points\": %d}".formatted(points));
        }
        MongoCollection<Document> snapshots = database.getCollection("eventSnapshots");
        Document snapshot = snapshots.find(Filters.eq("_id", campaignId)).first();
        assertThat(snapshot).isNotNull();
        String revision = snapshot.getString("payloadRevision");
        String withSnapshot = stateOf(campaignId);
        snapshots.deleteOne(Filters.eq("_id", campaignId));
        String fromEventsOnly = stateOf(campaignId);
        assertThat(withSnapshot).isEqualTo(fromEventsOnly);

        // A snapshot of this revision is what loads: a field changed in it shows in the aggregate.
        String payload = snapshot.getString("payload");
        assertThat(payload).contains("\"ruleSetId\":\"btp-thidua\"");
        // (Loading from events alone took a new snapshot meanwhile: put the tampered one in its place.)
        snapshots.replaceOne(Filters.eq("_id", campaignId), snapshot.append("payload", payload.replace("\"ruleSetId\":\"btp-thidua\"",
                                                                       "\"ruleSetId\":\"from-the-snapshot\"")),
                             new ReplaceOptions().upsert(true));
        assertThat(stateOf(campaignId)).contains("from-the-snapshot");

        // The same snapshot under an older revision is ignored: the aggregate is rebuilt from its events.
        snapshots.updateOne(Filters.eq("_id", campaignId), Updates.set("payloadRevision", "0"));
        assertThat(stateOf(campaignId)).isEqualTo(fromEventsOnly);
        assertThat(revision).isEqualTo(Campaign.class.getAnnotation(Revision.class).value());
    }

    @Test
    void everyAggregateCarriesASnapshotRevision() {
        assertThat(AggregateConfiguration.AGGREGATES).allSatisfy(type -> assertThat(type).hasAnnotation(Revision.class));
    }

    /** The aggregate's whole state as its snapshot JSON, loaded the way command handlers load it. */
    private String stateOf(String campaignId) {
        return new AggregateReader<Campaign>(() -> axon.repository(Campaign.class)).read(campaignId, campaign -> {
            try {
                return EventJson.objectMapper().writeValueAsString(campaign);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
