package vn.thidua.ledger.app.axon;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.ProbeProjection;
import vn.thidua.ledger.app.testsupport.ProbeProjection.ProbeRecorded;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Leaves unreadable events in the store and the health {@code DEGRADED} for good, as it should: so the shared
 * context is closed after this class, and the tests after it start from a healthy store.
 */
@HttpTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class UndecodableEventHttpTest {

    @Autowired
    EventStore eventStore;
    @Autowired
    MongoDatabase database;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ProbeProjection projection;
    @Autowired
    EventProcessingFailures failures;
    @Autowired
    MockMvc mvc;

    @Test
    void anUnknownPayloadTypeAndACorruptPayloadAreReportedAndTheViewGoesOnWithTheRest() throws Exception {
        // Every processor, not only the probe's: a live one would fetch the events before they are tampered
        // with, and the event store's shared tailing cache would then hand the untampered copies to the probe.
        List<EventProcessor> processors = List.copyOf(processing.eventProcessors().values());
        // One aggregate: the probe's events then keep their order whatever the segmenting. A fresh id and
        // fresh texts each run, so a rerun in the same JVM neither collides nor passes on the last run's events.
        String run = UUID.randomUUID().toString();
        String aggregateId = "undecodable-" + run;
        String before = "before " + run;
        String after = "after " + run;
        var unknown = probe(aggregateId, 1, "will become an unknown type");
        var corrupt = probe(aggregateId, 2, "will become corrupt JSON");
        processors.forEach(EventProcessor::shutDown);
        try {
            eventStore.publish(probe(aggregateId, 0, before), unknown, corrupt);
            tamper(unknown.getIdentifier(), "events.1.payloadType", "vn.thidua.ledger.events.RemovedLongAgo");
            tamper(corrupt.getIdentifier(), "events.2.payload", "{\"text\": \"unterminated");
            eventStore.publish(probe(aggregateId, 3, after));
        } finally {
            processors.forEach(EventProcessor::start);
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> projection.applied().contains(after));

        assertThat(projection.applied()).containsSubsequence(before, after)
                                        .doesNotContain("will become an unknown type", "will become corrupt JSON");
        assertThat(failures.recent()).extracting(EventProcessingFailures.Failure::eventId)
                                     .contains(unknown.getIdentifier(), corrupt.getIdentifier());
        assertThat(failures.recent()).filteredOn(f -> f.eventId().equals(unknown.getIdentifier()))
                                     .singleElement()
                                     .satisfies(f -> assertThat(f.reason()).contains("RemovedLongAgo"));
        mvc.perform(get("/actuator/health").with(httpBasic("kiem-toan", "kiemtoan-demo-2022")))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.status").value("DEGRADED"))
           .andExpect(jsonPath("$.components.mongo.status").value("UP"))
           .andExpect(jsonPath("$.components.eventStore.details.recentFailures[*].eventId",
                               hasItem(corrupt.getIdentifier())));
    }

    private static GenericDomainEventMessage<ProbeRecorded> probe(String aggregateId, long sequence, String text) {
        return new GenericDomainEventMessage<>("Probe", aggregateId, sequence, new ProbeRecorded(text));
    }

    private void tamper(String eventId, String field, String value) {
        var result = database.getCollection(MongoEventStorageEngine.COMMITS_COLLECTION)
                             .updateOne(Filters.eq("events.eventId", eventId), Updates.set(field, value));
        assertThat(result.getModifiedCount()).isEqualTo(1);
    }
}
