package vn.thidua.ledger.app.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes problem+json from places that run before Spring MVC (servlet filters, the security
 * entry point and access-denied handler), where the {@code @RestControllerAdvice} cannot help.
 * The body has the same shape the advice produces.
 */
@Component
public class ProblemResponseWriter {

    private final JsonMapper jsonMapper;

    public ProblemResponseWriter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    /**
     * A problem with its {@code code}: a {@link ProblemCode}, or the {@code ErrorCode} of a domain rejection, or
     * the {@code QueryRejectionCode} of a query-side refusal; each module keeps its own catalogue, and a body
     * carries the constant's name.
     */
    public static ProblemDetail problem(HttpStatus status, Enum<?> code, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty(ProblemCode.PROPERTY, code.name());
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
            throws IOException {
        if (problem.getInstance() == null) {
            problem.setInstance(java.net.URI.create(request.getRequestURI()));
        }
        // Same members, order and null-omission as Spring MVC's ProblemDetail rendering.
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "type", problem.getType());
        putIfPresent(body, "title", problem.getTitle());
        body.put("status", problem.getStatus());
        putIfPresent(body, "detail", problem.getDetail());
        putIfPresent(body, "instance", problem.getInstance());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        response.setCharacterEncoding("UTF-8");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(jsonMapper.writeValueAsBytes(body));
        response.flushBuffer();
    }

    private static void putIfPresent(Map<String, Object> body, String name, Object value) {
        if (value != null) {
            body.put(name, value.toString());
        }
    }
}
