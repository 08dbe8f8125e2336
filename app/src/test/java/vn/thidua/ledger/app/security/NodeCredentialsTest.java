package vn.thidua.ledger.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** Which users a node starts with, and the configurations it refuses to start with (docs/security.md). */
class NodeCredentialsTest {

    /** The demo secretariat's hash, as an operator might copy it from demo-users.yml. */
    private static final String DEMO_HASH = "{bcrypt}$2a$10$I6ESvliQggblTFpiNRayUea0We0X8kRZ2H.nuhKBGvR9E4Mb8LHp2";
    private static final String OWN_HASH = "{bcrypt}$2a$10$E/8mgW873ntkFl1Ae8RNP.EOSZA5vR4KLhHy8bHFFs/p9sOHkvvxS";
    private static final String EXTERNAL_MONGO = "thidua.mongo.uri=mongodb://db.example.test:27017/?replicaSet=rs0";
    private static final String ISSUER = "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.example.test/realms/thidua";

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(CredentialsConfiguration.class)
            .withBean(JwtDecoder.class, () -> token -> {
                throw new JwtException("not used here");
            });

    /** Why the context did not start: the innermost exception, whether or not a bean creation wrapped it. */
    private static Throwable refusal(AssertableApplicationContext ctx) {
        assertThat(ctx).hasFailed();
        return NestedExceptionUtils.getMostSpecificCause(ctx.getStartupFailure());
    }

    private static ApplicationContextRunner withUser(ApplicationContextRunner runner, String password) {
        return runner.withPropertyValues("thidua.security.users[0].username=thu-ky-that",
                "thidua.security.users[0].password=" + password, "thidua.security.users[0].roles=SECRETARIAT");
    }

    @Test
    void theEmbeddedDemoStoreHasTheDemoUsers() {
        runner.run(ctx -> assertThat(ctx.getBean(UserDetailsService.class).loadUserByUsername("thu-ky")).isNotNull());
    }

    @Test
    void aNodeOnAnExternalMongoDbHasNoDemoUsers() {
        withUser(runner, OWN_HASH).withPropertyValues(EXTERNAL_MONGO).run(ctx -> {
            UserDetailsService users = ctx.getBean(UserDetailsService.class);
            assertThatThrownBy(() -> users.loadUserByUsername("thu-ky")).isInstanceOf(UsernameNotFoundException.class);
            assertThat(users.loadUserByUsername("thu-ky-that").getUsername()).isEqualTo("thu-ky-that");
        });
    }

    @Test
    void aNodeWithAJwtIssuerHasNoDemoUsers() {
        runner.withPropertyValues(ISSUER, "spring.security.oauth2.resourceserver.jwt.audiences=thidua-ledger-api")
                .run(ctx -> assertThatThrownBy(() -> ctx.getBean(UserDetailsService.class).loadUserByUsername("thu-ky"))
                        .isInstanceOf(UsernameNotFoundException.class));
    }

    @Test
    void anExternalMongoDbWithADemoPasswordRefusesToStart() {
        withUser(runner, DEMO_HASH).withPropertyValues(EXTERNAL_MONGO).run(ctx -> assertThat(refusal(ctx)).hasMessageContaining("refuses the public demo credentials")
                .hasMessageContaining("'thu-ky-that' has the password hash of a demo user")
                .hasMessageContaining("thidua.security.allow-demo-credentials-on-a-non-demo-store"));
    }

    @Test
    void aJwtIssuerWithADemoPasswordRefusesToStart() {
        withUser(runner, DEMO_HASH).withPropertyValues(ISSUER,
                        "spring.security.oauth2.resourceserver.jwt.audiences=thidua-ledger-api")
                .run(ctx -> assertThat(refusal(ctx)).hasMessageContaining("a JWT issuer")
                        .hasMessageContaining("has the password hash of a demo user"));
    }

    @Test
    void theDemoYearOnAnExternalMongoDbNeedsTheLoudFlag() {
        runner.withPropertyValues(EXTERNAL_MONGO, "thidua.demo.mode=always-if-empty")
                .run(ctx -> assertThat(refusal(ctx)).hasMessageContaining("asks for the demo users"));
        runner.withPropertyValues(EXTERNAL_MONGO, "thidua.demo.mode=always-if-empty",
                        "thidua.security.allow-demo-credentials-on-a-non-demo-store=true")
                .run(ctx -> assertThat(ctx.getBean(UserDetailsService.class).loadUserByUsername("thu-ky")).isNotNull());
    }

    @Test
    void aStagingCopyMayKeepDemoPasswordsWithTheLoudFlag() {
        withUser(runner, DEMO_HASH).withPropertyValues(EXTERNAL_MONGO,
                        "thidua.security.allow-demo-credentials-on-a-non-demo-store=true")
                .run(ctx -> assertThat(ctx).hasNotFailed());
    }

    @Test
    void noopAndPlaintextAndFastDigestsAreRefused() {
        withUser(runner, "{noop}secret").run(ctx -> assertThat(refusal(ctx))
                .hasMessageContaining("{noop} is refused"));
        withUser(runner, "secret").run(ctx -> assertThat(refusal(ctx))
                .hasMessageContaining("plaintext is refused"));
        withUser(runner, "{MD5}5ebe2294ecd0e0f08eab7690d2a6ee69").run(ctx -> assertThat(refusal(ctx))
                .hasMessageContaining("{MD5} is refused"));
    }

    @Test
    void anIssuerWithoutAnAudienceRefusesToStart() {
        runner.withPropertyValues(ISSUER).run(ctx -> assertThat(refusal(ctx))
                .hasMessageContaining("audiences is required"));
    }

    @Test
    void subjectsMustBeGrantedConsistently() {
        runner.withPropertyValues(ISSUER, "spring.security.oauth2.resourceserver.jwt.audiences=thidua-ledger-api",
                        "thidua.security.jwt.subjects[0].issuer=https://sso.example.test/realms/thidua",
                        "thidua.security.jwt.subjects[0].subject=42", "thidua.security.jwt.subjects[0].roles=VOTER")
                .run(ctx -> assertThat(refusal(ctx))
                        .hasMessageContaining("a voter-id goes with the role VOTER"));
    }

    @Test
    void aTooShortSigningKeyRefusesToStart() {
        runner.withPropertyValues("thidua.security.token.signing-key=c2hvcnQ=").run(ctx -> assertThat(refusal(ctx)).hasMessageContaining("at least 32 bytes"));
    }
}
