package vn.thidua.ledger.query.asof;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.thidua.ledger.events.campaign.CampaignEvent;
import vn.thidua.ledger.query.ranking.RankingFold;
import vn.thidua.ledger.query.testsupport.ClusterIvYear2022;
import vn.thidua.ledger.query.testsupport.MemoryMongo;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AsOfReaderDuplicateEntryTest {

    private final MemoryMongo mongo = new MemoryMongo();
    private final EmbeddedEventStore eventStore = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final StreamIndex index = new StreamIndex(mongo.database());

    @AfterEach
    void close() {
        eventStore.shutDown();
        mongo.close();
    }

    /** Delivery is at-least-once and two nodes may both write: the same entry may sit twice in a chunk. */
    @Test
    void aDuplicateStreamIndexEntryDoesNotBreakAnAsOfRead() {
        String campaign = ClusterIvYear2022.CAMPAIGN.value();
        Instant launchedAt = Instant.parse("2022-02-15T02:00:00Z");
        eventStore.publish(new GenericDomainEventMessage<>("Campaign", campaign, 0, ClusterIvYear2022.launched(),
                                                           java.util.Map.of(), "e-0", launchedAt));
        index.record(campaign, 0, 0, launchedAt);
        mongo.database().getCollection(StreamIndex.NAME).updateOne(Filters.eq("_id", campaign + "#0"), Updates.push("e",
                new Document("s", 0L).append("g", 0L).append("t", launchedAt.toString())));

        var ranking = new AsOfReader(eventStore, index).fold(new AsOf.Position(0), campaign, CampaignEvent.class,
                                                             RankingFold::apply);

        assertThat(ranking).hasValueSatisfying(view -> assertThat(view.position()).isZero());
    }
}
