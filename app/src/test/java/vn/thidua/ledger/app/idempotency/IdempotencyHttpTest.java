package vn.thidua.ledger.app.idempotency;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
