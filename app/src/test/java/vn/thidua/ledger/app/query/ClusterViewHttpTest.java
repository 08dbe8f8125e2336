package vn.thidua.ledger.app.query;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.events.cluster.ClusterFormed;
import vn.thidua.ledger.events.common.ClusterId;
import vn.thidua.ledger.events.common.UnitId;
import vn.thidua.ledger.events.common.UnitRef;

import java.time.Duration;
import java.util.List;

import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HttpTest
class ClusterViewHttpTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    EventStore eventStore;

    @Test
    void aFormedClusterIsReadableByAnyoneWithItsMembersAndAnETag() throws Exception {
        eventStore.publish(new GenericDomainEventMessage<>("EmulationCluster", "view-test-cum-iv", 0, new ClusterFormed(
                new ClusterId("view-test-cum-iv"), "Cụm thi đua số IV", 2022,
                List.of(new UnitRef(new UnitId("vu-htqt"), "Vụ Hợp tác quốc tế"),
                        new UnitRef(new UnitId("tc-thads"), "Tổng cục Thi hành án dân sự")))));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> mvc.perform(get("/api/public/clusters/view-test-cum-iv")).andExpect(status().isOk()));
        String etag = mvc.perform(get("/api/public/clusters/view-test-cum-iv"))
                         .andExpect(status().isOk())
                         .andExpect(jsonPath("$.name").value("Cụm thi đua số IV"))
                         .andExpect(jsonPath("$.members[1].unitName").value("Tổng cục Thi hành án dân sự"))
                         .andExpect(jsonPath("$.members[1].fromYear").value(2022))
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
