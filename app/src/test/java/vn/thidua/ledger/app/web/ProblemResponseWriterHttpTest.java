package vn.thidua.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.app.testsupport.HttpTest;

/**
 * A problem written before Spring MVC (by a filter, the security entry point, the access-denied handler) is the
 * one the exception advice writes: the same bytes and content type, so a client cannot tell who answered.
 */
@HttpTest
class ProblemResponseWriterHttpTest {

    @Autowired
    ProblemResponseWriter writer;
    @Autowired
    @Qualifier("requestMappingHandlerAdapter")
    RequestMappingHandlerAdapter mvc;
    @Autowired
    MockMvc http;
    @Autowired
    JsonMapper json;

    @Test
    void aFilterWritesAProblemWithTheConverterSpringMvcWritesItWith() throws Exception {
        MockHttpServletResponse filtered = new MockHttpServletResponse();
        writer.write(new MockHttpServletRequest("POST", "/api/clusters"), filtered, problem());

        MockHttpServletResponse advised = new MockHttpServletResponse();
        ServletServerHttpResponse output = new ServletServerHttpResponse(advised);
        springMvcConverter().write(problem(), MediaType.APPLICATION_PROBLEM_JSON, output);
        output.flush();

        assertThat(filtered.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(advised.getContentAsString(StandardCharsets.UTF_8)).contains("Thiếu tên đơn vị.");
        assertThat(filtered.getContentType()).isEqualTo(advised.getContentType());
        assertThat(filtered.getStatus()).isEqualTo(400);
    }

    @Test
    void theSecurityEntryPointAndTheAdviceAnswerInOneShape() throws Exception {
        MockHttpServletResponse entryPoint = http.perform(post("/api/probe/things")
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).andReturn().getResponse();
        MockHttpServletResponse advice = http.perform(post("/api/probe/fail/boom")
                .with(httpBasic("thu-ky", "thuky-demo-2022"))).andReturn().getResponse();

        assertThat(entryPoint.getStatus()).isEqualTo(401);
        assertThat(advice.getStatus()).isEqualTo(500);
        assertThat(entryPoint.getContentType()).isEqualTo(advice.getContentType());
        assertThat(members(entryPoint)).isEqualTo(members(advice))
                .containsExactlyInAnyOrder("title", "status", "detail", "instance", "code");
    }

    private static ProblemDetail problem() {
        ProblemDetail problem = ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST, ProblemCode.VALIDATION_FAILED,
                "Thiếu tên đơn vị.");
        problem.setInstance(java.net.URI.create("/api/clusters"));
        problem.setProperty("errors", List.of(new FieldProblem("name", "must not be blank")));
        return problem;
    }

    /** As Spring MVC chooses: the first of its converters that writes a ProblemDetail as problem+json. */
    @SuppressWarnings("unchecked")
    private HttpMessageConverter<Object> springMvcConverter() {
        return (HttpMessageConverter<Object>) mvc.getMessageConverters().stream()
                .filter(converter -> converter.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON))
                .findFirst().orElseThrow();
    }

    private List<String> members(MockHttpServletResponse response) throws Exception {
        return List.copyOf(json.readTree(response.getContentAsString(StandardCharsets.UTF_8)).propertyNames());
    }
}
