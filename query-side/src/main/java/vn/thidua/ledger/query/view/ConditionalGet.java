package vn.thidua.ledger.query.view;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The ETag handshake of every view read: the view's position as a strong ETag, 304 when the client's
 * {@code If-None-Match} still matches, otherwise 200 with {@code Cache-Control: no-cache} (clients may keep
 * the body but must revalidate, as views move on). Bodies are computed only when sent: a 304 costs no query.
 * Each method returns {@code null} for a 304, whose status and ETag Spring has then already written.
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    public static <T> ResponseEntity<T> respond(WebRequest request, long position, Supplier<T> body) {
        String etag = "\"" + position + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(body.get());
    }

    public static <T> ResponseEntity<T> respond(WebRequest request, long position, T body) {
        return respond(request, position, () -> body);
    }

    public static <V> ResponseEntity<V> respond(Versioned<V> found, WebRequest request) {
        return respond(request, found.position(), found::view);
    }

    /** {@code body} shapes the response (a page, a visible part) from the view. */
    public static <V, B> ResponseEntity<B> respond(Versioned<V> found, WebRequest request, Function<V, B> body) {
        return respond(request, found.position(), () -> body.apply(found.view()));
    }
}
