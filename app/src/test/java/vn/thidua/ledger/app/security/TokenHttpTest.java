package vn.thidua.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Base64;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;

/** {@code POST /api/auth/token} and the bearer tokens it issues (docs/security.md, "Tokens"). */
@HttpTest
class TokenHttpTest {

    @Autowired
    MockMvc mvc;

    static String tokenOf(MockMvc mvc, String user, String password) throws Exception {
        String body = mvc.perform(post("/api/auth/token").with(httpBasic(user, password)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.access_token");
    }

    @Test
    void basicCredentialsBuyAShortLivedBearerTokenThatActsAsTheUser() throws Exception {
        mvc.perform(post("/api/auth/token").with(httpBasic("dai-dien-htqt", "htqt-demo-2022")))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "no-store"))
                .andExpect(jsonPath("$.token_type").value("Bearer"))
                .andExpect(jsonPath("$.expires_in").value(900));
        String token = tokenOf(mvc, "dai-dien-htqt", "htqt-demo-2022");

        mvc.perform(get("/api/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("dai-dien-htqt"))
                .andExpect(jsonPath("$.roles[0]").value("UNIT_REPRESENTATIVE"))
                .andExpect(jsonPath("$.unitId").value("vu-htqt"));
    }

    @Test
    void theTokenCarriesTheRolesOfTheUserAndURLRulesApplyToIt() throws Exception {
        String voter = tokenOf(mvc, "bieu-quyet-1", "bieuquyet-demo-2022");
        mvc.perform(get("/api/audit/probe").header(HttpHeaders.AUTHORIZATION, "Bearer " + voter))
                .andExpect(status().isForbidden());
        String auditor = tokenOf(mvc, "kiem-toan", "kiemtoan-demo-2022");
        mvc.perform(get("/api/audit/probe").header(HttpHeaders.AUTHORIZATION, "Bearer " + auditor))
                .andExpect(status().isOk());
    }

    @Test
    void aTokenCannotBuyAnotherToken() throws Exception {
        String token = tokenOf(mvc, "thu-ky", "thuky-demo-2022");
        mvc.perform(post("/api/auth/token").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"))
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItems(startsWith("Basic"), is("Bearer"))));
    }

    @Test
    void noOrWrongCredentialsGetNoToken() throws Exception {
        mvc.perform(post("/api/auth/token")).andExpect(status().isUnauthorized())
                .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, hasItems(startsWith("Basic"), is("Bearer"))));
        mvc.perform(post("/api/auth/token").with(httpBasic("thu-ky", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aTamperedTokenIsRefused() throws Exception {
        String token = tokenOf(mvc, "bieu-quyet-2", "bieuquyet-demo-2022");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(claims).contains("\"VOTER\"");
        String promoted = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.replace("\"VOTER\"", "\"SECRETARIAT\"").getBytes());
        mvc.perform(get("/api/probe/me").header(HttpHeaders.AUTHORIZATION,
                        "Bearer " + parts[0] + "." + promoted + "." + parts[2]))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void aTokenOfAnUnknownIssuerIsRefused() throws Exception {
        String header = b64("{\"alg\":\"none\"}");
        String claims = b64("{\"iss\":\"https://elsewhere.example.test\",\"sub\":\"thu-ky\",\"roles\":[\"SECRETARIAT\"],"
                + "\"exp\":" + Instant.now().plusSeconds(600).getEpochSecond() + "}");
        mvc.perform(get("/api/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + header + "." + claims + "."))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theOpenApiDocumentDescribesTheTokenEndpoint() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/auth/token'].post.responses['200']").exists())
                .andExpect(jsonPath("$.paths['/api/auth/token'].post.responses['429']").exists())
                .andExpect(jsonPath("$.paths['/api/auth/token'].post.security[0].basic").exists())
                .andExpect(jsonPath("$.components.schemas.TokenResponse.properties.access_token").exists());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes());
    }
}
