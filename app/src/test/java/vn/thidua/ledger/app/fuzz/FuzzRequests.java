package vn.thidua.ledger.app.fuzz;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * Turns an {@link ApiOperation} into a request with generated path and query values, headers and body:
 * mostly well-formed, often hostile, sometimes not JSON at all. The HTTP method is sometimes swapped for
 * another one, so that methods the document does not list are tried on every path too.
 */
final class FuzzRequests {

    private static final HttpMethod[] METHODS = {HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST, HttpMethod.PUT,
            HttpMethod.PATCH, HttpMethod.DELETE, HttpMethod.OPTIONS};
    private static final byte[][] NOT_JSON = {
            "clusterId=c-x".getBytes(StandardCharsets.UTF_8), "{\"clusterId\": ".getBytes(StandardCharsets.UTF_8),
            {(byte) 0xC3, (byte) 0x28, '{', '}'}, "[".repeat(5_000).getBytes(StandardCharsets.UTF_8), new byte[0],
            "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8)};

    private final Random random;
    private final SchemaSamples samples;

    FuzzRequests(Random random, SchemaSamples samples) {
        this.random = random;
        this.samples = samples;
    }

    /** A generated request for {@code operation}, described for failure messages. */
    record Generated(MockHttpServletRequestBuilder request, String description) {
    }

    Generated next(ApiOperation operation) {
        HttpMethod method = random.nextInt(8) == 0 ? METHODS[random.nextInt(METHODS.length)]
                : HttpMethod.valueOf(operation.method());
        Map<String, String> pathValues = new HashMap<>();
        operation.in("path").forEach(p -> pathValues.put(p.name(), pathValue(operation, p)));
        String uri = expand(operation.path(), pathValues);
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, URI.create(uri));
        StringBuilder description = new StringBuilder(method + " " + uri);
        for (ApiOperation.Parameter query : operation.in("query")) {
            if (query.required() || random.nextBoolean()) {
                String value = samples.parameter(query.schema());
                request.queryParam(query.name(), value);
                description.append(" ?").append(query.name()).append('=').append(abbreviated(value));
            }
        }
        if (random.nextInt(3) == 0) {
            request.header("X-Reason", samples.pick(SchemaSamples.HOSTILE_TEXT));
        }
        if (random.nextInt(4) == 0) {
            request.header("Idempotency-Key", random.nextBoolean() ? "khoa-" + random.nextInt(50)
                    : samples.pick(SchemaSamples.HOSTILE_TEXT));
        }
        if (operation.bodySchema() != null || random.nextInt(10) == 0) {
            byte[] body = body(operation);
            request.content(body).contentType(random.nextInt(12) == 0 ? MediaType.TEXT_PLAIN : MediaType.APPLICATION_JSON);
            description.append(" body=").append(abbreviated(new String(body, StandardCharsets.UTF_8)));
        }
        return new Generated(request, description.toString());
    }

    private String pathValue(ApiOperation operation, ApiOperation.Parameter parameter) {
        // View operations get names that are no view: a real rebuild would empty views other tests read.
        return operation.path().startsWith("/api/admin/") ? "khong-co-" + samples.pick(SchemaSamples.HOSTILE_TEXT)
                : samples.parameter(parameter.schema());
    }

    private byte[] body(ApiOperation operation) {
        int dice = random.nextInt(10);
        if (operation.bodySchema() == null || dice == 0) {
            return NOT_JSON[random.nextInt(NOT_JSON.length)];
        }
        Object value = dice < 6 ? samples.wellFormed(operation.bodySchema()) : samples.hostile(operation.bodySchema());
        return value.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The URI with each {@code {name}} replaced by its value, percent-encoded as a client would send it. */
    private static String expand(String template, Map<String, String> values) {
        String uri = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            uri = uri.replace("{" + value.getKey() + "}",
                    URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return uri;
    }

    private static String abbreviated(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "…" : text;
    }
}
