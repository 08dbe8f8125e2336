package vn.thidua.ledger.app.security;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class JwtActorTest {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    private static Jwt.Builder jwt() {
        return Jwt.withTokenValue("t").header("alg", "none").subject("sub-123")
                .issuedAt(Instant.parse("2022-12-20T08:00:00Z")).expiresAt(Instant.parse("2022-12-20T09:00:00Z"));
    }

    @Test
    void rolesAndUnitClaimsBecomeTheActor() {
        Jwt token = jwt().claim("preferred_username", "dai-dien-htqt")
                .claim("roles", List.of("UNIT_REPRESENTATIVE", "ROLE_VOTER", "offline_access"))
                .claim("unit_id", "vu-htqt").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtActorConverter().convert(token));

        Actor actor = new CurrentActor().require();
        assertThat(actor.id()).isEqualTo("dai-dien-htqt");
        assertThat(actor.roles()).containsExactlyInAnyOrder("UNIT_REPRESENTATIVE", "VOTER");
        assertThat(actor.unitId()).contains("vu-htqt");
        assertThat(actor.representsUnit("vu-htqt")).isTrue();
        assertThat(actor.representsUnit("tong-cuc-thads")).isFalse();
    }

    @Test
    void rolesAsStringAndSubjectAsIdWithoutUnit() {
        Jwt token = jwt().claim("roles", "AUDITOR, SECRETARIAT").build();
        SecurityContextHolder.getContext().setAuthentication(new JwtActorConverter().convert(token));

        Actor actor = new CurrentActor().require();
        assertThat(actor.id()).isEqualTo("sub-123");
        assertThat(actor.roles()).containsExactlyInAnyOrder("AUDITOR", "SECRETARIAT");
        assertThat(actor.unitId()).isEmpty();
    }

    @Test
    void noAuthenticationMeansNoActor() {
        assertThat(new CurrentActor().find()).isEmpty();
    }
}
