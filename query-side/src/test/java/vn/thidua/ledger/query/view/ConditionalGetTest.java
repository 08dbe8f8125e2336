package vn.thidua.ledger.query.view;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ETag handshake without a servlet container: the request stands in for Spring's, which answers
 * {@code checkNotModified} by comparing with the client's {@code If-None-Match}. Nothing else of it is used.
 */
class ConditionalGetTest {

    private final List<String> offeredEtags = new ArrayList<>();
    private final AtomicInteger bodiesComputed = new AtomicInteger();

    @Test
    void aFreshReadAnswers200WithThePositionAsAStrongEtagAndNoCache() {
        ResponseEntity<String> response = ConditionalGet.respond(clientHolding(null), 42, this::body);

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getETag()).isEqualTo("\"42\"");
        assertThat(response.getHeaders().getCacheControl()).isEqualTo("no-cache");
        assertThat(response.getBody()).isEqualTo("view");
        assertThat(offeredEtags).containsExactly("\"42\"");
    }

    @Test
    void aClientHoldingTheCurrentPositionGetsNothingAndNoBodyIsComputed() {
        assertThat(ConditionalGet.respond(clientHolding("\"42\""), 42, this::body)).isNull();
        assertThat(bodiesComputed).hasValue(0);
    }

    @Test
    void aClientHoldingAnOlderPositionGetsTheNewView() {
        assertThat(ConditionalGet.respond(clientHolding("\"41\""), 42, this::body).getBody()).isEqualTo("view");
        assertThat(bodiesComputed).hasValue(1);
    }

    @Test
    void aVersionedViewIsShapedOnlyWhenSent() {
        Versioned<List<String>> found = new Versioned<>(List.of("a", "b"), 7);

        assertThat(ConditionalGet.respond(found, clientHolding(null), List::size).getBody()).isEqualTo(2);
        assertThat(ConditionalGet.respond(found, clientHolding("\"7\""), view -> {
            throw new AssertionError("shaped for a 304");
        })).isNull();
        assertThat(ConditionalGet.respond(found, clientHolding(null)).getHeaders().getETag()).isEqualTo("\"7\"");
    }

    private String body() {
        bodiesComputed.incrementAndGet();
        return "view";
    }

    private WebRequest clientHolding(String ifNoneMatch) {
        return (WebRequest) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {WebRequest.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("checkNotModified") && args.length == 1 && args[0] instanceof String etag) {
                        offeredEtags.add(etag);
                        return etag.equals(ifNoneMatch);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
