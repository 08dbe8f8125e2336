package vn.thidua.ledger.app.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HttpTest
class SecurityHttpTest {

    @Autowired
    MockMvc mvc;

    @Test
    void postWithoutCredentialsIs401ProblemUnauthenticated() throws Exception {
        mvc.perform(post("/api/probe/things").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(header().exists("WWW-Authenticate"));
    }

    @Test
    void wrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/probe/me").with(httpBasic("thu-ky", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void demoUserAuthenticatesAndResolvesToActorWithUnit() throws Exception {
        mvc.perform(get("/api/probe/me").with(httpBasic("dai-dien-htqt", "htqt-demo-2022")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("dai-dien-htqt"))
                .andExpect(jsonPath("$.roles[0]").value("UNIT_REPRESENTATIVE"))
                .andExpect(jsonPath("$.unitId").value("vu-htqt"));
    }

    @Test
    void auditEndpointsRefuseAVoterWith403Forbidden() throws Exception {
        mvc.perform(get("/api/audit/probe").with(httpBasic("bieu-quyet-1", "bieuquyet-demo-2022")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    void headCannotReadWhatGetMayNot() throws Exception {
        // HEAD runs the GET handler (the whole search) and only drops the body: it must pass the same rule.
        mvc.perform(get("/api/audit/events").param("unit", "vu-htqt").with(httpBasic("bieu-quyet-1", "bieuquyet-demo-2022")))
                .andExpect(status().isForbidden());
        mvc.perform(head("/api/audit/events").param("unit", "vu-htqt").with(httpBasic("bieu-quyet-1", "bieuquyet-demo-2022")))
                .andExpect(status().isForbidden());
    }

    @Test
    void auditEndpointsAdmitTheAuditorAndTheSecretariat() throws Exception {
        mvc.perform(get("/api/audit/probe").with(httpBasic("kiem-toan", "kiemtoan-demo-2022")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/audit/probe").with(httpBasic("thu-ky", "thuky-demo-2022")))
                .andExpect(status().isOk());
    }

    @Test
    void publicGetNeedsNoCredentialsButOtherGetsDo() throws Exception {
        mvc.perform(get("/api/public/probe")).andExpect(status().isOk())
                .andExpect(jsonPath("$.visibility").value("public"));
        mvc.perform(get("/api/probe/me")).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/public/probe")).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnlistedRouteOrMethodIsRefusedBeforeAnyController() throws Exception {
        // Deny by default (ApiAccessMatrix): no 404/405 that would tell which routes exist.
        mvc.perform(get("/api/no-such-thing")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/no-such-thing").with(httpBasic("thu-ky", "thuky-demo-2022")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
        mvc.perform(options("/api/public/probe")).andExpect(status().isUnauthorized());
        mvc.perform(head("/api/public/probe")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/public/probe").with(httpBasic("thu-ky", "thuky-demo-2022")))
                .andExpect(status().isForbidden());
    }

    @Test
    void documentationIsPublicToReadOnly() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk());
        mvc.perform(post("/v3/api-docs")).andExpect(status().isUnauthorized());
    }

    @Test
    void actuatorEndpointsAreReadOnly() throws Exception {
        mvc.perform(get("/actuator/metrics").with(httpBasic("kiem-toan", "kiemtoan-demo-2022")))
                .andExpect(status().isOk());
        mvc.perform(post("/actuator/metrics").with(httpBasic("kiem-toan", "kiemtoan-demo-2022")))
                .andExpect(status().isForbidden());
        mvc.perform(put("/actuator/health")).andExpect(status().isUnauthorized());
    }

    @Test
    void healthIsPublicOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/actuator/metrics")).andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(httpBasic("bieu-quyet-2", "bieuquyet-demo-2022")))
                .andExpect(status().isForbidden());
    }
}
