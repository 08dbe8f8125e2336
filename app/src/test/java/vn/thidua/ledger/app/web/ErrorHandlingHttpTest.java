package vn.thidua.ledger.app.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.command.common.ErrorCode;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@HttpTest
class ErrorHandlingHttpTest {

    @Autowired
    MockMvc mvc;

    private static MockHttpServletRequestBuilder asSecretariat(MockHttpServletRequestBuilder request) {
        return request.with(httpBasic("thu-ky", "thuky-demo-2022"));
    }

    private static MockHttpServletRequestBuilder postJson(String url, byte[] body) {
        return asSecretariat(post(url)).contentType(MediaType.APPLICATION_JSON).content(body);
    }

    private static MockHttpServletRequestBuilder postJson(String url, String body) {
        return postJson(url, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Every code the command side defines, today and later, maps by its kind. */
    @ParameterizedTest
    @EnumSource(ErrorCode.class)
    void domainRejectionMapsByKindWithItsCode(ErrorCode code) throws Exception {
        int expected = switch (code.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
        mvc.perform(asSecretariat(post("/api/probe/reject/" + code.name())))
                .andExpect(status().is(expected))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(expected))
                .andExpect(jsonPath("$.code").value(code.name()))
                .andExpect(jsonPath("$.detail").value("Rejected by rule R0 (test source) for " + code.name()));
    }

    @Test
    void rejectionWrappedByAFutureIsStillMapped() throws Exception {
        mvc.perform(asSecretariat(post("/api/probe/fail/wrapped-rejection")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("ALREADY_EXISTS"));
    }

    @Test
    void malformedJsonIs400MalformedRequest() throws Exception {
        mvc.perform(postJson("/api/probe/things", "{\"name\": \"x\""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                .andExpect(content().string(not(containsString("jackson"))));
    }

    @Test
    void wrongTypeIs400MalformedRequest() throws Exception {
        mvc.perform(postJson("/api/probe/things", "{\"name\": \"x\", \"count\": \"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void invalidUtf8Is400MalformedRequest() throws Exception {
        byte[] body = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        mvc.perform(postJson("/api/probe/things", body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void beanValidationIs400WithFieldErrors() throws Exception {
        mvc.perform(postJson("/api/probe/things", "{\"name\": \"\", \"count\": 1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                // Each item a FieldProblem: field, then message, always in that order.
                .andExpect(content().string(containsString("\"errors\":[{\"field\":\"name\",\"message\":\"")));
    }

    @Test
    void vietnameseTextRoundTrips() throws Exception {
        mvc.perform(postJson("/api/probe/things", "{\"name\": \"Cụm thi đua IV – Vụ Hợp tác quốc tế\", \"count\": 1}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.name").value("Cụm thi đua IV – Vụ Hợp tác quốc tế"));
    }

    @Test
    void unknownRouteIs404NotFound() throws Exception {
        // Under a path the URL rules let through: elsewhere an unknown route is refused like any unlisted one.
        mvc.perform(asSecretariat(get("/api/public/no-such-thing")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("NOT_FOUND"));
    }

    @Test
    void wrongMethodIs405() throws Exception {
        mvc.perform(asSecretariat(get("/api/probe/things")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        mvc.perform(asSecretariat(post("/api/probe/things")).contentType(MediaType.TEXT_PLAIN).content("name=x"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void oversizedBodyIs413() throws Exception {
        String big = "{\"name\": \"" + "a".repeat(300 * 1024) + "\", \"count\": 1}";
        mvc.perform(postJson("/api/probe/things", big))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("PAYLOAD_TOO_LARGE"));
    }

    @Test
    void axonAggregateNotFoundIs404WithoutInternalText() throws Exception {
        mvc.perform(asSecretariat(post("/api/probe/fail/aggregate-not-found")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT_FOUND"))
                .andExpect(content().string(not(containsString("secret internal text"))));
    }

    @Test
    void axonConcurrencyIs409ConcurrentModification() throws Exception {
        mvc.perform(asSecretariat(post("/api/probe/fail/concurrency")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_MODIFICATION"));
    }

    @Test
    void unexpectedExceptionIs500WithoutStackTraceOrMessage() throws Exception {
        mvc.perform(asSecretariat(post("/api/probe/fail/boom")))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(content().string(not(containsString("secret internal text"))))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("\tat "))));
    }
}
