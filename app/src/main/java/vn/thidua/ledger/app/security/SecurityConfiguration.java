package vn.thidua.ledger.app.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
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
 * URL-level authorization. Coarse on purpose: who may act on which unit, round or campaign is
 * decided by controllers and aggregates, which know the resource. HTTP Basic against configured
 * users is always on; Bearer JWTs are accepted too when Spring Boot has built a {@link JwtDecoder},
 * i.e. when {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} (or jwk-set-uri) is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponseWriter writer,
                                    ObjectProvider<JwtDecoder> jwtDecoder) throws Exception {
        boolean jwt = jwtDecoder.getIfAvailable() != null;
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(writer, jwt);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(writer);
        http
                // Stateless JSON API authenticated on every request: no cookies, so no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        // Errors forwarded by the container must render, whatever the original URL.
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasAnyRole(Roles.AUDITOR, Roles.SECRETARIAT)
                        .requestMatchers("/actuator/**").hasAnyRole(Roles.AUDITOR, Roles.SECRETARIAT)
                        // ---- command API (POST): who may send which command; own unit / own ballot is
                        // checked by the aggregates. Keep command rules inside this block. ----
                        // The credential in the body is the proof; no identity may be attached (docs/secret-ballot.md).
                        .requestMatchers(HttpMethod.POST, "/api/rounds/*/secret-ballots").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/rounds/*/my-credential").hasRole(Roles.VOTER)
                        .requestMatchers(HttpMethod.POST, "/api/rounds/*/ballots")
                                .hasAnyRole(Roles.VOTER, Roles.UNIT_REPRESENTATIVE)
                        .requestMatchers(HttpMethod.POST, "/api/campaigns/*/covenant-signatures",
                                "/api/campaigns/*/scorecards/*/self-assessments", "/api/campaigns/*/pledges",
                                "/api/campaigns/*/pledges/*/amendments", "/api/campaigns/*/pledges/*/withdrawal")
                                .hasAnyRole(Roles.UNIT_REPRESENTATIVE, Roles.SECRETARIAT)
                        .requestMatchers(HttpMethod.POST, "/api/clusters/**", "/api/campaigns/**", "/api/rounds/**",
                                "/api/decisions/**").hasRole(Roles.SECRETARIAT)
                        // ---- end of command API rules ----
                        // --- view operations (rebuild, progress, checksums): secretariat only ---
                        .requestMatchers("/api/admin/**").hasRole(Roles.SECRETARIAT)
                        // --- end view operations ---
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().authenticated());
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
