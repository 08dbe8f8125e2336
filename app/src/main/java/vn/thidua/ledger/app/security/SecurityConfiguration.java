package vn.thidua.ledger.app.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.thidua.ledger.app.web.ProblemCodes;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

/**
 * Authentication, and URL-level authorization by the {@link ApiAccessMatrix} (the standard one unless
 * the context declares its own, as the test context does for its probe endpoints). HTTP Basic against configured
 * users is always on; Bearer JWTs are accepted too when Spring Boot has built a {@link JwtDecoder},
 * i.e. when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or jwk-set-uri) is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponseWriter writer,
                                    ObjectProvider<JwtDecoder> jwtDecoder,
                                    ObjectProvider<ApiAccessMatrix> matrix) throws Exception {
        boolean jwt = jwtDecoder.getIfAvailable() != null;
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(writer, jwt);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(writer);
        http
                // Stateless JSON API authenticated on every request: no cookies, so no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .authorizeHttpRequests(matrix.getIfAvailable(ApiAccessMatrix::standard)::applyTo);
        if (jwt) {
            http.oauth2ResourceServer(rs -> rs
                    .authenticationEntryPoint(entryPoint)
                    .accessDeniedHandler(accessDenied)
                    .jwt(j -> j.jwtAuthenticationConverter(new JwtActorConverter())));
        }
        return http.build();
    }

    /**
     * A URL the firewall refuses (encoded slash, {@code ..}, control characters) is answered
     * problem+json 400 MALFORMED_REQUEST like every other bad request, not an empty 400.
     */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(ProblemResponseWriter writer) {
        return (request, response, rejected) -> writer.write(request, response, ProblemResponseWriter.problem(
                HttpStatus.BAD_REQUEST, ProblemCodes.MALFORMED_REQUEST,
                "The request contains characters that are not allowed in headers or the URL."));
    }

    @Bean
    UserDetailsService configuredUsers(SecuritySettings settings) {
        return new ConfiguredUserDetailsService(settings.users());
    }

    /** Delegating encoder: stored hashes say their algorithm ({bcrypt}), so it can change later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
