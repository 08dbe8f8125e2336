package vn.thidua.ledger.app.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web pages under {@code /trang} (docs/web.md): static HTML, the same for every caller and every id (the
 * scripts read the id from the address and call the JSON API, which carries the access rules), served like the
 * ballot page. The policy admits only this origin's scripts, styles and connections (the API and its live
 * stream); no inline script or style, so an id that a page writes into its document cannot run. Not API
 * operations, so not in the OpenAPI document.
 */
@Hidden
@RestController
class WebPagesController {

    static final String POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
            + "form-action 'none'; frame-ancestors 'none'";

    /** Page file by the first segment after /trang ("" = the index). */
    private static final List<String> PAGES = List.of("index", "xep-hang", "don-vi", "binh-xet", "kiem-toan", "thu-ky");

    private final Map<String, byte[]> pages = new HashMap<>();

    WebPagesController() throws IOException {
        for (String name : PAGES) {
            try (InputStream in = new ClassPathResource("pages/" + name + ".html").getInputStream()) {
                pages.put(name, in.readAllBytes());
            }
        }
    }

    @GetMapping({"/trang", "/trang/"})
    ResponseEntity<byte[]> index() {
        return page("index");
    }

    @GetMapping({"/trang/xep-hang/*", "/trang/xep-hang"})
    ResponseEntity<byte[]> ranking() {
        return page("xep-hang");
    }

    @GetMapping({"/trang/don-vi/*", "/trang/don-vi"})
    ResponseEntity<byte[]> unit() {
        return page("don-vi");
    }

    @GetMapping({"/trang/binh-xet/*", "/trang/binh-xet"})
    ResponseEntity<byte[]> round() {
        return page("binh-xet");
    }

    @GetMapping("/trang/kiem-toan")
    ResponseEntity<byte[]> audit() {
        return page("kiem-toan");
    }

    @GetMapping("/trang/thu-ky")
    ResponseEntity<byte[]> secretariat() {
        return page("thu-ky");
    }

    private ResponseEntity<byte[]> page(String name) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", POLICY)
                .header("Referrer-Policy", "no-referrer")
                .header("X-Content-Type-Options", "nosniff")
                .body(pages.get(name));
    }
}
