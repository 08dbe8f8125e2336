package vn.thidua.ledger.app.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Our own bearer tokens, verified once each: a client sends the same token with every request for its lifetime, and
 * decoding it, checking its HMAC and converting its claims were most of the 4.5-7 % of a command's request-thread CPU
 * spent on tokens (docs/benchmarks.md, "Session 18"; the issuer resolver in front still parses each token to read its
 * issuer). A token is remembered by its whole text, signature included, so only the very
 * token that was verified is taken from memory; every use still checks its time claims ({@code exp}, {@code nbf})
 * against the clock, so a remembered token expires exactly when a verified one would. Our signing key never changes
 * while the node runs, so nothing that was valid when verified becomes forged later.
 * <p>
 * Not used for an external issuer's tokens: its keys rotate, and its decoder is Boot's.
 */
final class RememberedTokens implements JwtDecoder {

    /** Enough for every client of a busy node within a token's lifetime; a few kB each. */
    private static final int MAXIMUM = 4_096;

    private final JwtDecoder verifier;
    private final OAuth2TokenValidator<Jwt> stillValid;
    private final Cache<String, Jwt> verified;

    /**
     * @param verifier   decodes, verifies and validates a token it has not seen
     * @param stillValid the checks that depend on the time of use: run again on every remembered token
     * @param lifetime   how long tokens are issued for: none is remembered longer
     */
    RememberedTokens(JwtDecoder verifier, OAuth2TokenValidator<Jwt> stillValid, Duration lifetime) {
        this.verifier = verifier;
        this.stillValid = stillValid;
        this.verified = Caffeine.newBuilder().maximumSize(MAXIMUM).expireAfterWrite(lifetime).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = stillValid.validate(known);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("The token is no longer valid: " + result.getErrors().stream()
                    .map(OAuth2Error::getDescription).filter(Objects::nonNull).collect(Collectors.joining("; ")),
                    result.getErrors());
        }
        return known;
    }
}
