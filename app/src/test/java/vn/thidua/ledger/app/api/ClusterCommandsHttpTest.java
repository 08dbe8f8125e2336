package vn.thidua.ledger.app.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.REP_HTQT;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.THADS_NAME;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.time.Duration;
import org.bson.Document;
import org.springframework.test.web.servlet.MockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

@HttpTest
class ClusterCommandsHttpTest {

    @Autowired
    CommandApi api;
    @Autowired
    MockMvc mvc;

    private static String cluster(String id) {
        return """
                {"clusterId": "%s", "name": "Cụm thi đua số IV", "firstYear": 2024,
                 "units": [{"id": "%s", "name": "%s"}, {"id": "%s", "name": "%s"}]}
                """.formatted(id, CommandApi.THADS, THADS_NAME, HTQT, CommandApi.HTQT_NAME);
    }

    @Test
    void theSecretariatFormsAClusterAndTheEventCarriesWhoWhyAndWhichRequest() throws Exception {
        String id = unique("cum");
        api.perform(SECRETARIAT, CommandApi.request("/api/clusters").content(cluster(id).getBytes())
                        .header("X-Reason", "Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh%20s%E1%BB%91%2012")
                        .header("X-Request-Id", "req-form-" + id))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/public/clusters/" + id))
                .andExpect(jsonPath("$.clusterId").value(id))
                .andExpect(jsonPath("$.location").value("/api/public/clusters/" + id))
                .andExpect(content().string("{\"clusterId\":\"%s\",\"location\":\"/api/public/clusters/%s\"}"
                        .formatted(id, id)));

        Document event = api.lastEvent(id);
        assertThat(event.getString("payloadType")).isEqualTo("vn.thidua.ledger.events.cluster.ClusterFormed");
        assertThat(event.getString("metaData"))
                .contains("\"principal\":\"thu-ky\"")
                .contains("\"reason\":\"Quyết định số 12\"")
                .contains("\"requestId\":\"req-form-" + id + "\"")
                .contains("\"roles\":[\"SECRETARIAT\"]");
        // Vietnamese names round-trip intact through JSON, the command and the store.
        assertThat(event.getString("payload")).contains(THADS_NAME);
    }

    @Test
    void aClusterFormedOverHttpIsReadBackFromItsViewAtTheLocationGiven() throws Exception {
        String id = unique("cum");
        String location = api.post(SECRETARIAT, "/api/clusters", cluster(id))
                             .andExpect(status().isCreated())
                             .andReturn().getResponse().getHeader("Location");

        // The view is fed asynchronously by its processor: wait for it, then read it anonymously.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(
                () -> mvc.perform(get(location)).andExpect(status().isOk()));
        mvc.perform(get(location))
           .andExpect(jsonPath("$.clusterId").value(id))
           .andExpect(jsonPath("$.name").value("Cụm thi đua số IV"))
           .andExpect(jsonPath("$.members[0].unitName").value(THADS_NAME))
           .andExpect(jsonPath("$.members[1].unitId").value("vu-htqt"))
           .andExpect(jsonPath("$.members[1].fromYear").value(2024));
    }

    @Test
    void formingTheSameClusterTwiceIs409AlreadyExists() throws Exception {
        String id = unique("cum");
        api.created(SECRETARIAT, "/api/clusters", cluster(id));
        long before = api.commitCount();

        api.post(SECRETARIAT, "/api/clusters", cluster(id))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"));
        assertThat(api.commitCount()).isEqualTo(before);
    }

    @Test
    void aMissingNameIs400ValidationFailed() throws Exception {
        api.post(SECRETARIAT, "/api/clusters", """
                        {"clusterId": "%s", "firstYear": 2024, "units": [{"id": "a", "name": "A"}]}
                        """.formatted(unique("cum")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
    }

    @Test
    void withoutCredentialsIs401() throws Exception {
        api.post(null, "/api/clusters", cluster(unique("cum")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void aUnitRepresentativeCannotFormAClusterIs403() throws Exception {
        api.post(REP_HTQT, "/api/clusters", cluster(unique("cum")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void admittingToAnUnknownClusterIs404() throws Exception {
        api.post(SECRETARIAT, "/api/clusters/" + unique("khong-co") + "/admissions",
                        "{\"unit\": {\"id\": \"vu-moi\", \"name\": \"Vụ Mới\"}, \"year\": 2025}")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void admitsAndWithdrawsAUnitWithTheReasonInTheAuditTrail() throws Exception {
        String id = unique("cum");
        api.created(SECRETARIAT, "/api/clusters", cluster(id));
        api.post(SECRETARIAT, "/api/clusters/" + id + "/admissions",
                        "{\"unit\": {\"id\": \"vu-moi\", \"name\": \"Vụ Pháp chế\"}, \"year\": 2025}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.unitId").value("vu-moi"));
        api.created(SECRETARIAT, "/api/clusters/" + id + "/withdrawals",
                "{\"unitId\": \"%s\", \"year\": 2026, \"reason\": \"Sắp xếp lại tổ chức bộ máy\"}".formatted(HTQT));

        Document withdrawn = api.lastEvent(id);
        assertThat(withdrawn.getString("payloadType")).endsWith("UnitWithdrawn");
        assertThat(withdrawn.getString("metaData")).contains("\"reason\":\"Sắp xếp lại tổ chức bộ máy\"");
    }

    @Test
    void admittingAMemberAgainIs409UnitAlreadyMember() throws Exception {
        String id = unique("cum");
        api.created(SECRETARIAT, "/api/clusters", cluster(id));
        api.post(SECRETARIAT, "/api/clusters/" + id + "/admissions",
                        "{\"unit\": {\"id\": \"%s\", \"name\": \"%s\"}, \"year\": 2025}"
                                .formatted(HTQT, CommandApi.HTQT_NAME))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("UNIT_ALREADY_MEMBER"));
    }
}
