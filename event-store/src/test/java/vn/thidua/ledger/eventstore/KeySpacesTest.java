package vn.thidua.ledger.eventstore;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.ledger.eventstore.EventStoreFixture.scored;

/** "Key spaces cannot collide": void commits, events without an aggregate, and aggregates of any type. */
class KeySpacesTest {

    private final EventStoreFixture store = EventStoreFixture.inMemory();
    private final MongoEventStorageEngine engine = store.engine();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anAggregateCalledVoidIsNotMistakenForAVoidCommit() {
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        assertThatThrownBy(() -> engine.appendEvents(scored("card-1", 0, "loser", 2)))
                .isInstanceOf(AggregateStreamCreationException.class); // index 2 is now a void commit

        for (int sequence = 0; sequence <= 2; sequence++) {
            engine.appendEvents(scored("void", sequence, "unit", sequence));
        }

        assertThat(engine.readEvents("void").asStream().count()).isEqualTo(3);
    }

    @Test
    void anEventWithoutAggregateIsNotMistakenForAnAggregatesCommit() {
        GenericEventMessage<EventStoreFixture.UnitScored> loose = new GenericEventMessage<>(
                "7", new EventStoreFixture.UnitScored("u", 1), MetaData.emptyInstance(),
                Instant.parse("2022-12-09T02:00:00Z"));
        engine.appendEvents(loose);

        for (int sequence = 0; sequence <= 7; sequence++) {
            engine.appendEvents(scored("event", sequence, "unit", sequence));
        }

        assertThat(engine.readEvents("event").asStream().count()).isEqualTo(8);
        assertThat(engine.readEvents(null, false).count()).isEqualTo(9);
    }

    @Test
    void anAggregateIdIsUniqueAcrossAggregateTypes() {
        engine.appendEvents(scored("ha-noi", 0, "unit", 1));
        GenericDomainEventMessage<?> otherType = new GenericDomainEventMessage<>(
                "EmulationCluster", "ha-noi", 0, new EventStoreFixture.UnitScored("other", 2), MetaData.emptyInstance());

        assertThatThrownBy(() -> engine.appendEvents(otherType)).isInstanceOf(AggregateStreamCreationException.class);
        assertThat(engine.readEvents("ha-noi").asStream()).extracting(e -> e.getType()).containsExactly("Scorecard");
    }

    @Test
    void aTakenGlobalIndexIsToldFromATakenAggregateVersionByTheStoreNotByTheErrorText() {
        engine.appendEvents(scored("card-1", 0, "unit", 1));
        engine.appendEvents(scored("card-1", 1, "unit", 2));
        // A counter set back (restored from an older backup, say): its next indexes are taken.
        store.database.getCollection("eventCounters")
                      .updateOne(Filters.eq("_id", GlobalIndexCounter.COUNTER_ID), Updates.set("value", 0L));
        MongoEventStorageEngine freshNode = store.engine();

        freshNode.appendEvents(scored("card-2", 0, "unit", 3));

        assertThat(engine.readEvents("card-2").asStream().count()).isEqualTo(1);
        assertThat(engine.readEvents(null, false).map(e -> e.trackingToken().position().getAsLong()).toList())
                .containsExactly(1L, 2L, 3L);
    }
}
