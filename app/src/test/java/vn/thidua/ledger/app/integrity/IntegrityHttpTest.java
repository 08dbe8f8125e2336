package vn.thidua.ledger.app.integrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.eventstore.IntegrityCheckpoint;
import vn.thidua.ledger.eventstore.MongoEventStorageEngine;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.query.replay.ViewRebuilds;

import java.security.Signature;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An auditor verifies a range of the history, before and after a database administrator edits it; anyone reads the head. */
@HttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntegrityHttpTest {

    private static final String CLUSTER = "integrity-http-cum-iv";
    private static final RequestPostProcessor AUDITOR = httpBasic("kiem-toan", "kiemtoan-demo-2022");

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    MongoDatabase database;
    @Autowired
    IntegritySealing sealing;
    @Autowired
    ViewRebuilds views;

    private final ClusterIv2022Events year = ClusterIv2022Events.underCluster(CLUSTER);
    private MongoCollection<Document> commits;
    private long formedAt;
    private long launchedAt;

    @BeforeAll
    void recordAndSeal() {
        EventFeed feed = new EventFeed(eventStore);
        feed.publish("EmulationCluster", CLUSTER, year.formed(), EventFeed.secretariat("Thành lập cụm"));
        feed.publish("Campaign", year.campaign().value(), year.launched(), EventFeed.secretariat("Phát động"));
        commits = database.getCollection(MongoEventStorageEngine.COMMITS_COLLECTION);
        formedAt = positionOf(CLUSTER + "#0");
        launchedAt = positionOf(year.campaign().value() + "#0");
        sealing.sealNow();
        // The edit below is of a history the views have read, as a DBA's would be: a view that read the event while
        // it was edited would keep the edit, and the suite's rebuild-equality test would find the restored original.
        await().atMost(Duration.ofSeconds(30)).until(
                () -> views.statuses().stream().allMatch(view -> view.position() >= launchedAt));
    }

    @Test
    void anAuditorFindsAnUntouchedRangeIntact() throws Exception {
        mvc.perform(get("/api/audit/integrity").param("from", "" + formedAt).param("to", "" + launchedAt).with(AUDITOR))
           .andExpect(status().isOk())
           .andExpect(jsonPath("$.intact").value(true))
           .andExpect(jsonPath("$.checkedEvents").value(launchedAt - formedAt + 1))
           .andExpect(jsonPath("$.breach").doesNotExist());
    }

    @Test
    void anAuditorIsToldWhereAnEditedEventIs() throws Exception {
        Document original = commits.find(Filters.eq("_id", launchedAt)).first();
        commits.updateOne(Filters.eq("_id", launchedAt), Updates.set("events.0.metaData", "{\"principal\":\"dba\"}"));
        try {
            mvc.perform(get("/api/audit/integrity").param("from", "" + formedAt).param("to", "" + launchedAt).with(AUDITOR))
               .andExpect(status().isOk())
               .andExpect(jsonPath("$.intact").value(false))
               .andExpect(jsonPath("$.breach.position").value(launchedAt))
               .andExpect(jsonPath("$.breach.check").value("HASH"));
        } finally {
            commits.replaceOne(Filters.eq("_id", launchedAt), original);
        }
    }

    @Test
    void aRangeThatIsNotOneIsRefused() throws Exception {
        mvc.perform(get("/api/audit/integrity").param("from", "5").param("to", "4").with(AUDITOR))
           .andExpect(status().isBadRequest())
           .andExpect(jsonPath("$.code").value("INVALID_POSITION_RANGE"));
    }

    @Test
    void anyoneCanFetchTheSignedHeadAndCheckItsSignature() throws Exception {
        String body = mvc.perform(get("/api/public/integrity/head"))
                         .andExpect(status().isOk())
                         .andReturn().getResponse().getContentAsString();
        JsonNode head = new ObjectMapper().readTree(body);

        assertThat(head.get("to").asLong()).isGreaterThanOrEqualTo(launchedAt);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initVerify(IntegrityCheckpoint.decode(head.get("publicKey").asText()));
        signature.update(HexFormat.of().parseHex(head.get("hash").asText()));
        assertThat(signature.verify(Base64.getDecoder().decode(head.get("signature").asText()))).isTrue();
    }

    private long positionOf(String commitKey) {
        return commits.find(Filters.eq("commitKey", commitKey)).first().get("_id", Number.class).longValue();
    }
}
