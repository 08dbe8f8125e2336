package vn.thidua.ledger.query.view;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.util.function.Function;

/**
 * The answer to a view read: the view's position as a strong ETag, {@code Cache-Control: no-cache} (clients
 * may keep it but must revalidate) and 304 when the client's {@code If-None-Match} still matches.
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    public static <V> ResponseEntity<V> respond(Versioned<V> found, WebRequest request) {
        return respond(found, request, Function.identity());
    }

    /** {@code body} shapes the response (a page, a visible part) only when it is actually sent. */
    public static <V, B> ResponseEntity<B> respond(Versioned<V> found, WebRequest request, Function<V, B> body) {
        if (request.checkNotModified(found.etag())) {
            // Spring has already set 304 and the ETag on the response; a null entity leaves them alone.
            return null;
        }
        return ResponseEntity.ok().eTag(found.etag()).cacheControl(CacheControl.noCache()).body(body.apply(found.view()));
    }
}
