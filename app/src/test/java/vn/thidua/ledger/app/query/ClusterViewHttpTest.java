package vn.thidua.ledger.app.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.fixtures.ClusterIv2022Events;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.fixtures.ClusterIv2022.CLUSTER_NAME;
import static vn.thidua.ledger.fixtures.ClusterIv2022.MEMBERS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.THADS;
import static vn.thidua.ledger.fixtures.ClusterIv2022.YEAR;

@HttpTest
class ClusterViewHttpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    @Test
    void aFormedClusterIsReadableByAnyoneWithItsMembersAndAnETag() throws Exception {
        eventStore.publish(new GenericDomainEventMessage<>("EmulationCluster", "view-test-cum-iv", 0,
                ClusterIv2022Events.underCluster("view-test-cum-iv").formed()));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> mvc.perform(get("/api/public/clusters/view-test-cum-iv")).andExpect(status().isOk()));
        String etag = mvc.perform(get("/api/public/clusters/view-test-cum-iv"))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.name").value(CLUSTER_NAME))
                         .andExpect(jsonPath("$.members.length()").value(MEMBERS.size()))
                         .andExpect(jsonPath("$.members[1].unitName").value(THADS.name()))
                         .andExpect(jsonPath("$.members[1].fromYear").value(YEAR))
                         .andExpect(header().exists("ETag"))
                         .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get("/api/public/clusters/view-test-cum-iv").header("If-None-Match", etag))
           .andExpect(status().isNotModified());
    }

    @Test
    void anUnknownClusterIsAProblemNotFound() throws Exception {
        mvc.perform(get("/api/public/clusters/no-such-cluster"))
           .andExpect(status().isNotFound())
           .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
           .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }
}
