package vn.thidua.ledger.app.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.stream.StreamSupport;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.stereotype.Component;

/**
 * Writes problem+json from places that run before Spring MVC (servlet filters, the security entry point and
 * access-denied handler), where the {@code @RestControllerAdvice} cannot help. It writes with the message
 * converter Spring MVC would choose for a {@link ProblemDetail} as problem+json, so a filter's body is the one
 * the advice produces: the same members, order, omissions and content type.
 */
@Component
public class ProblemResponseWriter {

    /** The {@code WWW-Authenticate} challenges of every 401 (RFC 9110 requires one): each scheme the API accepts. */
    public static final List<String> CHALLENGES = List.of("Basic realm=\"thidua-ledger\", charset=\"UTF-8\"", "Bearer");

    private final HttpMessageConverter<Object> converter;

    /** The server converters as Spring Boot gives them to Spring MVC (its customizers, in their order). */
    @Autowired
    ProblemResponseWriter(ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
        this(serverConverters(customizers));
    }

    public ProblemResponseWriter(HttpMessageConverters converters) {
        this.converter = problemConverter(converters);
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
            problem.setInstance(URI.create(request.getRequestURI()));
        }
        response.resetBuffer();
        response.setStatus(problem.getStatus());
        ServletServerHttpResponse output = new ServletServerHttpResponse(response);
        converter.write(problem, MediaType.APPLICATION_PROBLEM_JSON, output);
        output.flush();
    }

    private static HttpMessageConverters serverConverters(
            ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
        HttpMessageConverters.ServerBuilder builder = HttpMessageConverters.forServer().registerDefaults();
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** The first that can write it, as Spring MVC picks a converter for a body and the media type asked for. */
    @SuppressWarnings("unchecked")
    private static HttpMessageConverter<Object> problemConverter(HttpMessageConverters converters) {
        return StreamSupport.stream(converters.spliterator(), false)
                .filter(converter -> converter.canWrite(ProblemDetail.class, MediaType.APPLICATION_PROBLEM_JSON))
                .map(converter -> (HttpMessageConverter<Object>) converter)
                .findFirst().orElseThrow(() -> new IllegalStateException("No converter writes problem+json"));
    }
}
