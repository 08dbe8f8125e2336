package vn.thidua.ledger.app.query;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import vn.thidua.ledger.query.view.ViewDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.thidua.ledger.app.testsupport.EventFeed;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.fixtures.ClusterIv2022;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;
import vn.thidua.ledger.query.pledge.PledgeViews;
import vn.thidua.ledger.query.replay.FormerShapes;
import vn.thidua.ledger.query.view.StoredView;
import vn.thidua.ledger.query.view.ViewRegistry;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Rebuilding views through the admin endpoints gives back the very same views, for a past year as for this one. */
@HttpTest
class ViewRebuildHttpTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String STRAY = "~stray-not-a-view";

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;
    @Autowired
    @ViewDatabase
    MongoDatabase database;
    @Autowired
    ViewRegistry registry;
    @Autowired
    FormerShapes formerShapes;

    @Test
    void aRebuiltRankingViewHasTheLiveChecksumAndAnswersIdenticallyForAPastAndTheCurrentYear() throws Exception {
        EventFeed feed = new EventFeed(eventStore);
        ScoringScenario past = new ScoringScenario(feed, "rb-http-cum-iv", 2022).launchedAndSelfAssessed();
        past.adjustHtqt("thu-ky");
        past.publish();
        ScoringScenario current = new ScoringScenario(feed, "rb-http-cum-iv", 2023).launchedAndSelfAssessed();
        List<String> urls = List.of("/api/public/campaigns/" + past.campaignId() + "/ranking",
                                    "/api/campaigns/" + past.campaignId() + "/ranking/draft",
                                    "/api/campaigns/" + current.campaignId() + "/ranking/draft");
        await().atMost(WAIT).untilAsserted(() -> {
            for (String url : urls) {
                mvc.perform(get(url).with(secretariat())).andExpect(status().isOk());
            }
        });
        awaitCaughtUp("rankings");
        String checksum = checksum("rankings");
        Map<String, String> answers = answers(urls);

        mvc.perform(post("/api/admin/views/rankings/rebuild").with(secretariat()))
           .andExpect(status().isAccepted())
           .andExpect(header().string("Location", "/api/admin/views/rankings"))
           .andExpect(jsonPath("$.rebuild.startedAt").exists());
        awaitRebuilt("rankings");

        mvc.perform(get("/api/admin/views/rankings").with(secretariat()))
           .andExpect(jsonPath("$.replaying").value(false))
           .andExpect(jsonPath("$.progress").value(100.0))
           .andExpect(jsonPath("$.rebuild.eventsPerSecond").isNumber())
           .andExpect(jsonPath("$.rebuild.finishedAt").exists());
        assertThat(checksum("rankings")).isEqualTo(checksum);
        assertThat(answers(urls)).isEqualTo(answers);
        assertThat(answers.get(urls.get(0))).contains("\"status\":\"PUBLISHED\"", "\"year\":2022");
        assertThat(answers.get(urls.get(2))).contains("\"year\":2023");
    }

    @Test
    void rebuildingEveryViewGivesBackEveryChecksum() throws Exception {
        List<String> names = JsonPath.read(mvc.perform(get("/api/admin/views").with(secretariat()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItems("clusters", "nominationRounds", "pledges", "rankings",
                                                          "streamIndex", "auditLog", "decisions", "yearSummaries", "councils")))
                .andReturn().getResponse().getContentAsString(), "$[*].name");
        Map<String, String> before = new LinkedHashMap<>();
        for (String name : names) {
            awaitCaughtUp(name);
            before.put(name, checksum(name));
        }

        mvc.perform(post("/api/admin/views/rebuild").with(secretariat()))
           .andExpect(status().isAccepted())
           .andExpect(jsonPath("$.length()").value(names.size()));
        Map<String, String> after = new LinkedHashMap<>();
        for (String name : names) {
            awaitRebuilt(name);
            after.put(name, checksum(name));
        }

        assertThat(after).isEqualTo(before);
    }

    /**
     * A rebuild must start from empty views: a reset handler that stopped clearing its collections would keep a
     * corrupted document (its position is past every event, so no event would touch it again) and a stray one.
     * Every collection of every view is tampered with, three ways, before the rebuild.
     */
    @Test
    void aRebuildRepairsCorruptedDeletedAndStrayDocumentsOfEveryView() throws Exception {
        new ScoringScenario(new EventFeed(eventStore), "rb-tamper-cum-iv", 2022).launchedAndSelfAssessed();
        List<String> names = JsonPath.read(mvc.perform(get("/api/admin/views").with(secretariat()))
                .andReturn().getResponse().getContentAsString(), "$[*].name");
        Map<String, String> before = new LinkedHashMap<>();
        for (String name : names) {
            awaitCaughtUp(name);
            before.put(name, checksum(name));
        }
        for (String name : names) {
            for (String collection : registry.require(name).collections()) {
                tamper(database.getCollection(collection));
            }
            assertThat(checksum(name)).as(name).isNotEqualTo(before.get(name));
        }

        for (String name : names) {
            mvc.perform(post("/api/admin/views/" + name + "/rebuild").with(secretariat())).andExpect(status().isAccepted());
        }
        Map<String, String> after = new LinkedHashMap<>();
        for (String name : names) {
            awaitRebuilt(name);
            after.put(name, checksum(name));
            for (String collection : registry.require(name).collections()) {
                assertThat(database.getCollection(collection).find(Filters.eq("_id", STRAY)).first())
                        .as("the reset of %s emptied %s", name, collection).isNull();
            }
        }

        assertThat(after).isEqualTo(before);
    }

    /**
     * A node that starts over a views database holding collections of a view's earlier shape (here the pledges' of
     * session 27) rebuilds that view: its tampered documents come back, and the earlier shape's collections are gone.
     */
    @Test
    void aViewKeptInAnEarlierShapeIsRebuiltWhenTheNodeStarts() throws Exception {
        ClusterIv2022Events cluster = ClusterIv2022Events.underCluster("rb-shape-cum-iv");
        EventFeed feed = new EventFeed(eventStore);
        Instant at = Instant.parse("2022-03-10T02:00:00Z");
        feed.append("Campaign", cluster.campaign().value(), cluster.launched(), at, "thu-ky");
        feed.append("Campaign", cluster.campaign().value(), cluster.staffPledge(ClusterIv2022.HTQT, 1), at,
                    "dai-dien-htqt");
        awaitCaughtUp(PledgeViews.NAME);
        String before = checksum(PledgeViews.NAME);
        StoredView pledges = (StoredView) registry.require(PledgeViews.NAME);
        pledges.collections().forEach(collection -> tamper(database.getCollection(collection)));
        pledges.formerCollections().forEach(collection -> database.getCollection(collection)
                .insertOne(new Document("_id", STRAY).append("position", 1L).append("json", "{}")));

        formerShapes.rebuildViewsOfAnEarlierShape();

        awaitRebuilt(PledgeViews.NAME);
        assertThat(checksum(PledgeViews.NAME)).isEqualTo(before);
        assertThat(database.listCollectionNames().into(new ArrayList<>()))
                .doesNotContainAnyElementsOf(pledges.formerCollections());
    }

    /** Corrupts the first document (past every position), deletes the second, adds a stray one. */
    private static void tamper(MongoCollection<Document> collection) {
        List<Document> documents = collection.find().limit(2).into(new ArrayList<>());
        if (!documents.isEmpty()) {
            collection.updateOne(Filters.eq("_id", documents.get(0).get("_id")),
                                 Updates.combine(Updates.set("position", Long.MAX_VALUE), Updates.set("json", "{}"),
                                                 Updates.set("tampered", true)));
        }
        if (documents.size() > 1) {
            collection.deleteOne(Filters.eq("_id", documents.get(1).get("_id")));
        }
        collection.insertOne(new Document("_id", STRAY).append("position", Long.MAX_VALUE).append("json", "{}"));
    }

    @Test
    void onlyTheSecretariatOperatesViews() throws Exception {
        mvc.perform(get("/api/admin/views")).andExpect(status().isUnauthorized())
           .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
        mvc.perform(get("/api/admin/views").with(httpBasic("kiem-toan", "kiemtoan-demo-2022")))
           .andExpect(status().isForbidden())
           .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(post("/api/admin/views/rankings/rebuild").with(httpBasic("dai-dien-htqt", "htqt-demo-2022")))
           .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/views/rankings/checksum").with(httpBasic("bieu-quyet-1", "bieuquyet-demo-2022")))
           .andExpect(status().isForbidden());
        mvc.perform(get("/api/admin/views/no-such-view").with(secretariat()))
           .andExpect(status().isNotFound())
           .andExpect(jsonPath("$.code").value("NOT_FOUND"));
        mvc.perform(post("/api/admin/views/no-such-view/rebuild").with(secretariat())).andExpect(status().isNotFound());
    }

    private void awaitCaughtUp(String name) {
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/admin/views/" + name).with(secretariat()))
                .andExpect(jsonPath("$.lag").value(0)));
    }

    private void awaitRebuilt(String name) {
        await().atMost(WAIT).untilAsserted(() -> mvc.perform(get("/api/admin/views/" + name).with(secretariat()))
                .andExpect(jsonPath("$.state").value("RUNNING"))
                .andExpect(jsonPath("$.replaying").value(false)));
    }

    private String checksum(String name) throws Exception {
        String body = mvc.perform(get("/api/admin/views/" + name + "/checksum").with(secretariat()))
                         .andExpect(status().isOk())
                         .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.checksum");
    }

    /** Body and ETag of each URL. */
    private Map<String, String> answers(List<String> urls) throws Exception {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String url : urls) {
            MockHttpServletResponse response = mvc.perform(get(url).with(secretariat())).andReturn().getResponse();
            answers.put(url, response.getHeader("ETag") + " " + response.getContentAsString());
        }
        return answers;
    }

    private static RequestPostProcessor secretariat() {
        return httpBasic("thu-ky", "thuky-demo-2022");
    }
}
