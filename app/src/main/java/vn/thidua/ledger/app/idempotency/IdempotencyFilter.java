package vn.thidua.ledger.app.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.thidua.ledger.app.web.PayloadTooLargeException;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

/**
 * {@code Idempotency-Key} on {@code POST /api/**}: the first request with a key runs and its
 * response is stored; a retry with the same key and the same request (method, path, query, body)
 * gets the stored response back without running again ({@code Idempotent-Replayed: true}); a reuse
 * of the key for a different request is refused with 422. Keys are per principal.
 * <p>
 * A filter rather than controller code so every POST endpoint gets it the same way without
 * cooperation. It runs after Spring Security (the key is scoped to the authenticated principal)
 * and after the body size limit. Responses with 5xx, 408, 409 or 429 are not stored: they are
 * transient, so the claim is released and a retry runs again.
 */
public class IdempotencyFilter extends OncePerRequestFilter implements Ordered {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._~-]{1,128}");

    /**
     * Never idempotent, whatever is configured: a record {@code principal:key} of a secret ballot
     * would tie a voter to it, and a stored answer of a blind signature would be a copy of it next
     * to the voter's name (docs/secret-ballot.md). Both are safe to resend anyway: a used token is
     * refused, and the same blinded message is signed again.
     */
    static final List<String> ALWAYS_EXCLUDED = List.of("/api/rounds/*/secret-ballots", "/api/rounds/*/blind-signatures");

    private final IdempotencyStore store;
    private final ProblemResponseWriter problems;
    private final List<PathPattern> excluded;

    public IdempotencyFilter(IdempotencyStore store, ProblemResponseWriter problems, List<String> excludedPaths) {
        this.store = store;
        this.problems = problems;
        this.excluded = Stream.concat(ALWAYS_EXCLUDED.stream(), excludedPaths.stream())
                .map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    public int getOrder() {
        // After Spring Security's filter chain (order -100).
        return 0;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null) {
            return true;
        }
        PathContainer path = PathContainer.parsePath(request.getRequestURI().substring(request.getContextPath().length()));
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || excluded.stream().anyMatch(p -> p.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response); // Security answers 401 for /api/** anyway.
            return;
        }
        String key = request.getHeader(HEADER);
        if (!VALID_KEY.matcher(key).matches()) {
            problems.write(request, response, ProblemResponseWriter.problem(HttpStatus.BAD_REQUEST,
                    ProblemCode.IDEMPOTENCY_KEY_INVALID,
                    "Idempotency-Key must be 1 to 128 characters of A-Z, a-z, 0-9, '.', '_', '~', '-'."));
            return;
        }
        byte[] body;
        try {
            body = request.getInputStream().readAllBytes();
        } catch (PayloadTooLargeException e) {
            problems.write(request, response, ProblemResponseWriter.problem(HttpStatus.CONTENT_TOO_LARGE,
                    ProblemCode.PAYLOAD_TOO_LARGE, e.getMessage() + "."));
            return;
        }
        String id = auth.getName() + ":" + key;
        IdempotencyStore.Claim claim = store.claim(id, hash(request, body));
        if (claim instanceof IdempotencyStore.Claim.Claimed) {
            runAndStore(id, new CachedBodyRequest(request, body), response, chain);
        } else if (claim instanceof IdempotencyStore.Claim.Completed completed) {
            replay(completed.response(), response);
        } else if (claim instanceof IdempotencyStore.Claim.Mismatch) {
            problems.write(request, response, ProblemResponseWriter.problem(HttpStatus.UNPROCESSABLE_CONTENT,
                    ProblemCode.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request."));
        } else {
            problems.write(request, response, ProblemResponseWriter.problem(HttpStatus.CONFLICT,
                    ProblemCode.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                    "A request with this Idempotency-Key is still being processed; retry later."));
        }
    }

    private void runAndStore(String id, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        boolean stored = false;
        try {
            chain.doFilter(request, recorded);
            int status = recorded.getStatus();
            if (isReplayable(status)) {
                store.complete(id, new StoredResponse(status, recorded.getContentType(),
                        recorded.getHeader(HttpHeaders.LOCATION), recorded.getContentAsByteArray()));
                stored = true;
            }
        } finally {
            if (!stored) {
                store.release(id);
            }
            recorded.copyBodyToResponse();
        }
    }

    private static boolean isReplayable(int status) {
        return status < 500 && status != 408 && status != 409 && status != 429;
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    /** Binds the key to what was asked: same key with another path or body is a different request. */
    static String hash(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String head = request.getMethod() + ' ' + request.getRequestURI() + '?'
                    + (request.getQueryString() == null ? "" : request.getQueryString()) + '\n';
            digest.update(head.getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
