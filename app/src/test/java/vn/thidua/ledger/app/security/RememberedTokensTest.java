package vn.thidua.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import vn.thidua.ledger.app.testsupport.MutableClock;

/** Our bearer tokens verified once each, their time claims checked on every use ({@link RememberedTokens}). */
class RememberedTokensTest {

    private static final Duration LIFETIME = Duration.ofMinutes(15);
    /** JwtTimestampValidator's default tolerance of clocks apart. */
    private static final Duration SKEW = Duration.ofSeconds(60);

    private final MutableClock clock = new MutableClock(Instant.parse("2022-12-20T08:00:00Z"));
    private final Instant issued = clock.instant();
    private final AtomicInteger verifications = new AtomicInteger();

    @Test
    void aTokenIsVerifiedOnceAndTakenFromMemoryOnLaterUses() {
        JwtDecoder tokens = remembering(this::validUntilLifetime);

        Jwt first = tokens.decode("token-a");
        Jwt again = tokens.decode("token-a");

        assertThat(again).isSameAs(first);
        assertThat(verifications).hasValue(1);
    }

    @Test
    void onlyTheVeryTextVerifiedIsTakenFromMemory() {
        JwtDecoder tokens = remembering(this::validUntilLifetime);

        tokens.decode("token-a");
        tokens.decode("token-a.");
        tokens.decode("token-b");

        assertThat(verifications).hasValue(3);
    }

    @Test
    void aRefusedTokenIsNotRememberedAndIsRefusedAgain() {
        JwtDecoder tokens = remembering(token -> {
            throw new BadJwtException("bad signature");
        });

        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aRememberedTokenExpiresWhenAVerifiedOneWouldAndIsForgotten() {
        JwtDecoder tokens = remembering(this::validUntilLifetime);
        tokens.decode("token-a");

        clock.advance(LIFETIME.plus(SKEW));
        tokens.decode("token-a");
        assertThat(verifications).as("still inside the tolerance: from memory").hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("expired");
        assertThatThrownBy(() -> tokens.decode("token-a")).isInstanceOf(JwtValidationException.class);
        assertThat(verifications).as("forgotten: verified again, and refused").hasValue(2);
    }

    @Test
    void theLedgersOwnTokensExpireOnTimeThoughRemembered() {
        LedgerTokens ledger = ledgerTokens();
        String token = secretariatToken(ledger);
        assertThat(ledger.decoder().decode(token).getSubject()).isEqualTo("thu-ky");
        assertThat(ledger.decoder().decode(token).getSubject()).isEqualTo("thu-ky");

        clock.advance(LIFETIME.plus(SKEW).plusSeconds(1));

        assertThatThrownBy(() -> ledger.decoder().decode(token)).isInstanceOf(JwtValidationException.class);
    }

    @Test
    void aTokenWithAnotherPayloadUnderARememberedSignatureIsRefused() {
        LedgerTokens ledger = ledgerTokens();
        String token = secretariatToken(ledger);
        ledger.decoder().decode(token);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("ROLE_SECRETARIAT".substring("ROLE_".length()), "AUDITOR");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> ledger.decoder().decode(forged)).isInstanceOf(BadJwtException.class);
    }

    private LedgerTokens ledgerTokens() {
        String key = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        return new LedgerTokens(new SecuritySettings.Token("thidua-ledger", "thidua-ledger", LIFETIME, key), clock);
    }

    private static String secretariatToken(LedgerTokens ledger) {
        return ledger.issue(new ActorUser("thu-ky", "", List.of(new SimpleGrantedAuthority("ROLE_SECRETARIAT")), null))
                     .token();
    }

    private JwtDecoder remembering(JwtDecoder verifier) {
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        return new RememberedTokens(token -> {
            verifications.incrementAndGet();
            Jwt jwt = verifier.decode(token);
            OAuth2TokenValidatorResult checked = timestamps.validate(jwt);
            if (checked.hasErrors()) {
                throw new JwtValidationException("expired", checked.getErrors());
            }
            return jwt;
        }, timestamps, LIFETIME);
    }

    /** What the signature check gives for a genuine token issued at the test's start. */
    private Jwt validUntilLifetime(String token) {
        return Jwt.withTokenValue(token).header("alg", "HS256").subject("thu-ky").issuedAt(issued)
                  .expiresAt(issued.plus(LIFETIME)).build();
    }
}
