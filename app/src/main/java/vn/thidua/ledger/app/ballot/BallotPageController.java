package vn.thidua.ledger.app.ballot;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Trang bỏ phiếu kín {@code /bo-phieu/{roundId}}: one static page for every round (the script reads
 * the round id from the address), so the server renders nothing and learns nothing from serving it.
 * The Content-Security-Policy lets it load only its own script and talk only to this origin, so no
 * third party sees a token; no referrer leaves with the receipt. Not an API operation, so not in the
 * OpenAPI document.
 */
@Hidden
@RestController
class BallotPageController {

    private static final String POLICY = "default-src 'none'; script-src 'self'; connect-src 'self'; "
            + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private final byte[] page;

    BallotPageController() throws IOException {
        try (InputStream in = new ClassPathResource("ballot-page/bo-phieu.html").getInputStream()) {
            this.page = in.readAllBytes();
        }
    }

    @GetMapping("/bo-phieu/{roundId}")
    ResponseEntity<byte[]> page(@PathVariable String roundId) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .body(page);
    }
}
