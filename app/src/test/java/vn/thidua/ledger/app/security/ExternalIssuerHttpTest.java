package vn.thidua.ledger.app.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.ThiDuaLedgerApplication;

/**
 * A node with an external OIDC issuer (its key from a file here instead of the issuer's discovery
 * document, so no network) and its own users:
 * the one extra context of the security tests, so everything that needs these properties is here.
 * The issuer's tokens name the person by iss + sub; the ledger's configuration says what they are.
 */
@SpringBootTest(classes = ThiDuaLedgerApplication.class, properties = {
        "spring.security.oauth2.resourceserver.jwt.issuer-uri=" + ExternalIssuerHttpTest.ISSUER,
        "spring.security.oauth2.resourceserver.jwt.audiences=thidua-ledger-api",
        "thidua.security.jwt.subjects[0].issuer=" + ExternalIssuerHttpTest.ISSUER,
        "thidua.security.jwt.subjects[0].subject=" + ExternalIssuerHttpTest.REPRESENTATIVE,
        "thidua.security.jwt.subjects[0].roles=UNIT_REPRESENTATIVE",
        "thidua.security.jwt.subjects[0].unit-id=vu-htqt",
        "thidua.security.jwt.subjects[1].issuer=" + ExternalIssuerHttpTest.ISSUER,
        "thidua.security.jwt.subjects[1].subject=" + ExternalIssuerHttpTest.COUNCIL_MEMBER,
        "thidua.security.jwt.subjects[1].roles=VOTER",
        "thidua.security.jwt.subjects[1].voter-id=hd-1",
        "thidua.security.users[0].username=thu-ky-that",
        "thidua.security.users[0].password={bcrypt}$2a$10$E/8mgW873ntkFl1Ae8RNP.EOSZA5vR4KLhHy8bHFFs/p9sOHkvvxS",
        "thidua.security.users[0].roles=SECRETARIAT",
        "thidua.security.users[1].username=kiem-toan-that",
        "thidua.security.users[1].password={bcrypt}$2a$10$E/8mgW873ntkFl1Ae8RNP.EOSZA5vR4KLhHy8bHFFs/p9sOHkvvxS",
        "thidua.security.users[1].roles=AUDITOR",
        "thidua.security.login-throttle.per-user.failures=3"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ExternalIssuerHttpTest.IssuerKey.class)
class ExternalIssuerHttpTest {

    static final String ISSUER = "https://sso.example.test/realms/thidua";
    static final String REPRESENTATIVE = "0b7f3c2e-5d61-4a57-9b0e-0f1d2c3b4a59";
    static final String COUNCIL_MEMBER = "7c1e9a04-2b8d-4f3a-8e65-3d2f1a0b9c87";
    private static final String PASSWORD = "mat-khau-that-2026";

    @Autowired
    MockMvc mvc;

    /**
     * The issuer's decoder as Boot would build it from the discovery document, but with the key from a
     * file; it checks the issuer and times, not the audience: the ledger checks that itself.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class IssuerKey {
        @Bean
        JwtDecoder issuerDecoder() throws Exception {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(ISSUER));
            return decoder;
        }
    }

    @Test
    void theDemoUsersDoNotExistOnANodeWithAnIssuer() throws Exception {
        mvc.perform(get("/api/probe/me").with(httpBasic("thu-ky", "thuky-demo-2022")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/probe/me").with(httpBasic("thu-ky-that", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("thu-ky-that"));
    }

    @Test
    void aMappedSubjectActsWithTheRolesAndUnitTheLedgerGivesIt() throws Exception {
        // The claims a user or the issuer's admin could choose are ignored: only iss + sub count.
        String token = externalToken(REPRESENTATIVE, List.of("thidua-ledger-api"), Map.of(
                "preferred_username", "thu-ky", "roles", List.of("SECRETARIAT"), "unit_id", "tong-cuc-thads"));

        mvc.perform(get("/api/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(REPRESENTATIVE + "@" + ISSUER))
                .andExpect(jsonPath("$.roles.length()").value(1))
                .andExpect(jsonPath("$.roles[0]").value("UNIT_REPRESENTATIVE"))
                .andExpect(jsonPath("$.unitId").value("vu-htqt"));
        mvc.perform(get("/api/audit/probe").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden());
    }

    @Test
    void aVoterActsAsTheirVoterId() throws Exception {
        String token = externalToken(COUNCIL_MEMBER, List.of("thidua-ledger-api"), Map.of());
        mvc.perform(get("/api/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value("hd-1"))
                .andExpect(jsonPath("$.roles[0]").value("VOTER"))
                .andExpect(jsonPath("$.unitId").value(""));
    }

    @Test
    void aSubjectTheLedgerDoesNotKnowIsRefused() throws Exception {
        String token = externalToken("someone-else", List.of("thidua-ledger-api"),
                Map.of("preferred_username", "thu-ky-that", "roles", List.of("SECRETARIAT")));
        mvc.perform(get("/api/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("UNAUTHENTICATED"));
    }

    @Test
    void aTokenTheIssuerMadeForAnotherApplicationIsRefused() throws Exception {
        String token = externalToken(REPRESENTATIVE, List.of("another-app"), Map.of());
        mvc.perform(get("/api/probe/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theLedgersOwnTokensWorkBesideTheIssuers() throws Exception {
        String own = TokenHttpTest.tokenOf(mvc, "kiem-toan-that", PASSWORD);
        mvc.perform(get("/api/audit/probe").header(HttpHeaders.AUTHORIZATION, "Bearer " + own))
                .andExpect(status().isOk());
    }

    @Test
    void aUserHeldUpByFailuresIsRefusedEvenWithTheRightPassword() throws Exception {
        for (int i = 0; i < 3; i++) {
            mvc.perform(post("/api/auth/token").with(httpBasic("thu-ky-that", "guess-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/auth/token").with(httpBasic("thu-ky-that", PASSWORD)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.code").value("TOO_MANY_FAILED_LOGINS"));
    }

    private static String externalToken(String subject, List<String> audience, Map<String, Object> claims)
            throws Exception {
        JwtClaimsSet.Builder set = JwtClaimsSet.builder().issuer(ISSUER).subject(subject).audience(audience)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        claims.forEach(set::claim);
        RSAKey key = new RSAKey.Builder(publicKey()).privateKey(privateKey()).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), set.build()))
                .getTokenValue();
    }

    private static RSAPrivateKey privateKey() throws Exception {
        return (RSAPrivateKey) KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pem("test-issuer.key")));
    }

    private static RSAPublicKey publicKey() throws Exception {
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(pem("test-issuer.pub")));
    }

    private static byte[] pem(String name) throws Exception {
        String text = new ClassPathResource("security/" + name).getContentAsString(StandardCharsets.US_ASCII);
        return Base64.getMimeDecoder().decode(text.replaceAll("-----[A-Z ]+-----", ""));
    }
}
