package vn.thidua.ledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.thidua.ledger.app.web.ProblemCodes;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

/**
 * URL-level authorization. Coarse on purpose: who may act on which unit, round or campaign is
 * decided by controllers and aggregates, which know the resource. Who the caller is comes from HTTP
 * Basic against the configured users or from a bearer token, ours or the external issuer's
 * ({@link CredentialsConfiguration}); failed Basic logins are throttled ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponseWriter writer, LoginThrottle loginThrottle,
                                    AuthenticationManagerResolver<HttpServletRequest> bearerTokens) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(writer);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(writer);
        http
                // Stateless JSON API authenticated on every request: no cookies, so no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new LoginThrottleFilter(loginThrottle, writer), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/api/public/**").permitAll()
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/actuator/health/**").permitAll()
                        // Any user with a password may trade it for a token (docs/security.md, "Tokens").
                        .requestMatchers(HttpMethod.POST, "/api/auth/token").authenticated()
                        // Errors forwarded by the container must render, whatever the original URL.
                        .requestMatchers("/error").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/audit/**").hasAnyRole(Roles.AUDITOR, Roles.SECRETARIAT)
                        .requestMatchers("/actuator/**").hasAnyRole(Roles.AUDITOR, Roles.SECRETARIAT)
                        // ---- command API (POST): who may send which command; own unit / own ballot is
                        // checked by the aggregates. Keep command rules inside this block. ----
                        // The credential in the body is the proof; no identity may be attached (docs/secret-ballot.md).
                        .requestMatchers(HttpMethod.POST, "/api/rounds/*/secret-ballots").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/rounds/*/my-credential").hasRole(Roles.VOTER)
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
        http.oauth2ResourceServer(rs -> rs
                .authenticationEntryPoint(entryPoint)
                .accessDeniedHandler(accessDenied)
                .authenticationManagerResolver(bearerTokens));
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

}
