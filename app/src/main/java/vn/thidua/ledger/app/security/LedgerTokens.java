package vn.thidua.ledger.app.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import vn.thidua.ledger.events.common.Role;

/**
 * The ledger's own bearer tokens: HS256-signed JWTs issued by {@code POST /api/auth/token} for a user
 * who proved their password, so that later requests cost an HMAC instead of a bcrypt. They carry the
 * user's roles ({@code roles}) and unit ({@code unit_id}) as they were at issue time; the short
 * lifetime bounds how long a changed configuration takes to apply.
 * <p>
 * The key comes from {@code thidua.security.token.signing-key}; without one a random key is made at
 * start, so tokens are valid on this node only and only until it stops.
 */
public class LedgerTokens {

    static final String ROLES_CLAIM = "roles";
    static final String UNIT_CLAIM = "unit_id";
    private static final int MIN_KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(LedgerTokens.class);

    private final SecuritySettings.Token settings;
    private final Clock clock;
    private final NimbusJwtEncoder encoder;
    private final JwtDecoder decoder;

    public LedgerTokens(SecuritySettings.Token settings, Clock clock) {
        if (settings.lifetime().isNegative() || settings.lifetime().isZero()) {
            throw new IllegalStateException("thidua.security.token.lifetime must be positive");
        }
        this.settings = settings;
        this.clock = clock;
        SecretKey key = new SecretKeySpec(keyBytes(settings.signingKey()), "HmacSHA256");
        this.encoder = new NimbusJwtEncoder(new ImmutableSecret<>(key));
        NimbusJwtDecoder verifier = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        verifier.setJwtValidator(new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<Collection<String>>("aud", aud -> aud != null && aud.contains(settings.audience()))));
        this.decoder = new RememberedTokens(verifier, timestamps, settings.lifetime());
    }

    private static byte[] keyBytes(String configured) {
        if (configured == null || configured.isBlank()) {
            log.warn("thidua.security.token.signing-key is not set: bearer tokens are signed with a key made at start; "
                    + "they are valid on this node only and only until it stops. Give every node the same key.");
            byte[] key = new byte[MIN_KEY_BYTES];
            new SecureRandom().nextBytes(key);
            return key;
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("thidua.security.token.signing-key must be Base64", e);
        }
        if (key.length < MIN_KEY_BYTES) {
            throw new IllegalStateException("thidua.security.token.signing-key must hold at least " + MIN_KEY_BYTES
                    + " bytes (e.g. openssl rand -base64 32)");
        }
        return key;
    }

    public String issuer() {
        return settings.issuer();
    }

    /** A signed token for the user who just authenticated with their password. */
    public Issued issue(ActorUser user) {
        Instant now = clock.instant();
        Instant expires = now.plus(settings.lifetime());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(settings.issuer())
                .audience(List.of(settings.audience()))
                .subject(user.getUsername())
                .issuedAt(now)
                .expiresAt(expires)
                .claim(ROLES_CLAIM, user.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length()))
                        .sorted().toList());
        user.unitId().ifPresent(unit -> claims.claim(UNIT_CLAIM, unit));
        Jwt jwt = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()));
        return new Issued(jwt.getTokenValue(), settings.lifetime().toSeconds());
    }

    JwtDecoder decoder() {
        return decoder;
    }

    /** Our own token's claims are ours (we signed them): they are the actor. */
    static AbstractAuthenticationToken toActor(Jwt jwt) {
        Set<String> roles = jwt.getClaimAsStringList(ROLES_CLAIM) == null ? Set.of()
                : jwt.getClaimAsStringList(ROLES_CLAIM).stream().filter(Role.NAMES::contains)
                        .collect(Collectors.toUnmodifiableSet());
        return new ActorAuthentication(jwt, new Actor(jwt.getSubject(), roles,
                Optional.ofNullable(jwt.getClaimAsString(UNIT_CLAIM))));
    }

    /** What the token endpoint answers. */
    public record Issued(String token, long expiresInSeconds) {
    }
}
