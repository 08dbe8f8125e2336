package vn.thidua.ledger.app.security;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.util.StringUtils;
import vn.thidua.ledger.app.demo.DemoSettings;
import vn.thidua.ledger.app.demo.DemoStore;
import vn.thidua.ledger.app.mongo.MongoSettings;

/**
 * Who can sign in, and how: the Basic users of this node ({@link NodeUsers}), the ledger's own bearer
 * tokens ({@link LedgerTokens}) and, when configured, the external issuer's ({@link ExternalIssuer}),
 * told apart by their {@code iss}. Every rule that can make the node refuse to start is checked here.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SecuritySettings.class, DemoSettings.class, MongoSettings.class})
public class CredentialsConfiguration {

    private static final String RESOURCE_SERVER = "spring.security.oauth2.resourceserver.jwt.";

    /**
     * The demo-credential rules, checked before any other bean is made: a node that must not start
     * with these users stops before it has connected to its database or opened a port.
     */
    @Bean
    static BeanFactoryPostProcessor demoCredentialsGuard(Environment environment) {
        return beanFactory -> {
            Binder binder = Binder.get(environment);
            NodeUsers.of(binder.bindOrCreate("thidua.security", SecuritySettings.class),
                    binder.bindOrCreate("thidua.demo", DemoSettings.class).mode(),
                    DemoStore.realStoreReason(binder.bindOrCreate("thidua.mongo", MongoSettings.class), environment));
        };
    }

    @Bean
    UserDetailsService configuredUsers(SecuritySettings settings, DemoSettings demo, MongoSettings mongo,
                                       Environment environment) {
        return new ConfiguredUserDetailsService(NodeUsers.of(settings, demo.mode(),
                DemoStore.realStoreReason(mongo, environment)));
    }

    /** Delegating encoder: stored hashes say their algorithm ({bcrypt}), so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    LedgerTokens ledgerTokens(SecuritySettings settings, ObjectProvider<Clock> clock) {
        return new LedgerTokens(settings.token(), clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    LoginThrottle loginThrottle(SecuritySettings settings) {
        return new LoginThrottle(settings.loginThrottle());
    }

    /** Bearer tokens: ours always; the external issuer's when {@code ...jwt.issuer-uri} is set (Boot builds its decoder). */
    @Bean
    AuthenticationManagerResolver<HttpServletRequest> bearerTokens(LedgerTokens tokens, SecuritySettings settings,
                                                                   Environment environment,
                                                                   ObjectProvider<JwtDecoder> externalDecoder) {
        JwtAuthenticationProvider own = new JwtAuthenticationProvider(tokens.decoder());
        own.setJwtAuthenticationConverter(LedgerTokens::toActor);
        Map<String, AuthenticationManager> byIssuer = new HashMap<>();
        byIssuer.put(tokens.issuer(), own::authenticate);
        String issuer = environment.getProperty(RESOURCE_SERVER + "issuer-uri");
        if (StringUtils.hasText(issuer)) {
            List<String> audiences = Binder.get(environment).bind(RESOURCE_SERVER + "audiences",
                    Bindable.listOf(String.class)).orElse(List.of());
            ExternalIssuer external = new ExternalIssuer(issuer, audiences, settings.jwt().subjects(), tokens.issuer());
            JwtAuthenticationProvider theirs = new JwtAuthenticationProvider(externalDecoder.getObject());
            theirs.setJwtAuthenticationConverter(external::toActor);
            byIssuer.put(issuer, theirs::authenticate);
        } else if (StringUtils.hasText(environment.getProperty(RESOURCE_SERVER + "jwk-set-uri"))
                || StringUtils.hasText(environment.getProperty(RESOURCE_SERVER + "public-key-location"))) {
            throw new IllegalStateException(RESOURCE_SERVER + "issuer-uri is required with an external issuer's keys: "
                    + "bearer tokens are told apart by their issuer");
        } else if (!settings.jwt().subjects().isEmpty()) {
            throw new IllegalStateException("thidua.security.jwt.subjects is set, but no external issuer ("
                    + RESOURCE_SERVER + "issuer-uri)");
        }
        return new JwtIssuerAuthenticationManagerResolver(Map.copyOf(byIssuer)::get);
    }
}
