package vn.thidua.ledger.query.view;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.WebRequest;

import java.util.function.Supplier;

/**
 * The ETag handshake of every view read: 304 when the client's {@code If-None-Match} still matches, otherwise
 * 200 with the ETag and {@code no-cache} (clients may keep the body but must revalidate, as views move on).
 */
public final class ConditionalGet {

    private ConditionalGet() {
    }

    /** @return the 200 response, or {@code null}: Spring has then already written the 304 */
    public static <T> ResponseEntity<T> respond(WebRequest request, long position, T body) {
        return respond(request, position, () -> body);
    }

    /** As above, computing the body only when it is sent: a 304 then costs no query. */
    public static <T> ResponseEntity<T> respond(WebRequest request, long position, Supplier<T> body) {
        String etag = "\"" + position + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().eTag(etag).cacheControl(CacheControl.noCache()).body(body.get());
    }

    public static <T> ResponseEntity<T> respond(WebRequest request, Versioned<T> versioned) {
        return respond(request, versioned.position(), versioned.view());
    }
}
