package vn.thidua.ledger.app.idempotency;

import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.CommandGate;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.ProbeController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HttpTest
class IdempotencyHttpTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandApi api;

    @Autowired
    CommandGate gate;

    private static final String STAFF_PLEDGE = """
            {"registrantId": "cc-0077", "registrantName": "Lê Văn Minh Họa", "kind": "INDIVIDUAL", "unitId": "vu-htqt",
             "titles": ["ADVANCED_WORKER"]}
            """;

    private long pledgesRegistered(String campaignId) {
        return api.events(campaignId).stream().filter(e -> e.getString("payloadType").endsWith("PledgeRegistered"))
                .count();
    }

    @Test
    void aRealCommandRetriedWithTheSameKeyIsRecordedOnce() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String key = UUID.randomUUID().toString();
        String pledges = "/api/campaigns/" + campaignId + "/pledges";
        api.perform(CommandApi.SECRETARIAT, CommandApi.request(pledges).content(STAFF_PLEDGE)
                        .header(IdempotencyFilter.HEADER, key))
                .andExpect(status().isCreated());
        api.perform(CommandApi.SECRETARIAT, CommandApi.request(pledges).content(STAFF_PLEDGE)
                        .header(IdempotencyFilter.HEADER, key))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
        assertThat(pledgesRegistered(campaignId)).isEqualTo(1);
    }

    @Test
    void aRetryWhileTheRealCommandIsInFlightIs409AndDoesNotRunIt() throws Exception {
        String campaignId = api.campaignOpenForPledges();
        String key = UUID.randomUUID().toString();
        String token = "giu-" + key;
        String pledges = "/api/campaigns/" + campaignId + "/pledges";
        CommandGate.Hold hold = gate.arm(token);
        ExecutorService first = Executors.newSingleThreadExecutor();
        try {
            Future<Integer> firstStatus = first.submit(() -> api.perform(CommandApi.SECRETARIAT,
                            CommandApi.request(pledges).content(STAFF_PLEDGE).header(IdempotencyFilter.HEADER, key)
                                    .header("X-Reason", token))
                    .andReturn().getResponse().getStatus());
            assertThat(hold.awaitArrival()).as("the first attempt reached its handler").isTrue();

            api.perform(CommandApi.SECRETARIAT, CommandApi.request(pledges).content(STAFF_PLEDGE)
                            .header(IdempotencyFilter.HEADER, key).header("X-Reason", token))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.code").value("IDEMPOTENCY_REQUEST_IN_PROGRESS"));
            assertThat(pledgesRegistered(campaignId)).isZero();

            hold.release();
            assertThat(firstStatus.get(60, TimeUnit.SECONDS)).isEqualTo(201);
        } finally {
            hold.release();
            first.shutdownNow();
        }
        api.perform(CommandApi.SECRETARIAT, CommandApi.request(pledges).content(STAFF_PLEDGE)
                        .header(IdempotencyFilter.HEADER, key).header("X-Reason", token))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"));
        assertThat(pledgesRegistered(campaignId)).isEqualTo(1);
    }

    private static MockHttpServletRequestBuilder create(String user, String password, String key, String name) {
        return post("/api/probe/things").with(httpBasic(user, password))
                .header(IdempotencyFilter.HEADER, key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"" + name + "\", \"count\": 1}");
    }

    private static MockHttpServletRequestBuilder asSecretariat(String key, String name) {
        return create("thu-ky", "thuky-demo-2022", key, name);
    }

    @Test
    void retryWithSameKeyAndBodyReplaysTheStoredResponseWithoutRunningAgain() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = ProbeController.CREATED.get();

        MvcResult first = mvc.perform(asSecretariat(key, "Vụ Hợp tác quốc tế"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER))
                .andReturn();
        MvcResult second = mvc.perform(asSecretariat(key, "Vụ Hợp tác quốc tế"))
                .andExpect(status().isCreated())
                .andExpect(header().string(IdempotencyFilter.REPLAYED_HEADER, "true"))
                .andExpect(header().string("Location", first.getResponse().getHeader("Location")))
                .andReturn();

        assertThat(ProbeController.CREATED.get()).isEqualTo(before + 1);
        assertThat(second.getResponse().getContentAsByteArray()).isEqualTo(first.getResponse().getContentAsByteArray());
        assertThat(second.getResponse().getContentType()).isEqualTo(first.getResponse().getContentType());
    }

    @Test
    void sameKeyWithDifferentBodyIs422KeyReused() throws Exception {
        String key = UUID.randomUUID().toString();
        mvc.perform(asSecretariat(key, "first")).andExpect(status().isCreated());
        int before = ProbeController.CREATED.get();

        mvc.perform(asSecretariat(key, "second"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_REUSED"));
        assertThat(ProbeController.CREATED.get()).isEqualTo(before);
    }

    @Test
    void keysAreScopedPerPrincipal() throws Exception {
        String key = UUID.randomUUID().toString();
        int before = ProbeController.CREATED.get();
        mvc.perform(asSecretariat(key, "same")).andExpect(status().isCreated());
        mvc.perform(create("dai-dien-htqt", "htqt-demo-2022", key, "same"))
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist(IdempotencyFilter.REPLAYED_HEADER));
        assertThat(ProbeController.CREATED.get()).isEqualTo(before + 2);
    }

    @Test
    void withoutKeyEveryPostRuns() throws Exception {
        int before = ProbeController.CREATED.get();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/probe/things").with(httpBasic("thu-ky", "thuky-demo-2022"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"x\", \"count\": 1}"))
                    .andExpect(status().isCreated());
        }
        assertThat(ProbeController.CREATED.get()).isEqualTo(before + 2);
    }

    @Test
    void malformedKeyIs400() throws Exception {
        mvc.perform(asSecretariat("{\"$gt\": \"\"}", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("IDEMPOTENCY_KEY_INVALID"));
    }
}
