package vn.thidua.ledger.app.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

/**
 * Authentication, and URL-level authorization by the {@link ApiAccessMatrix} (the standard one unless the
 * context declares its own, as the test context does for its probe endpoints). Who the caller is comes from HTTP
 * Basic against the configured users or from a bearer token, ours or the external issuer's
 * ({@link CredentialsConfiguration}); failed Basic logins are throttled ({@link LoginThrottle}).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponseWriter writer, LoginThrottle loginThrottle,
                                    AuthenticationManagerResolver<HttpServletRequest> bearerTokens,
                                    ObjectProvider<ApiAccessMatrix> matrix) throws Exception {
        ProblemAuthenticationEntryPoint entryPoint = new ProblemAuthenticationEntryPoint(writer);
        ProblemAccessDeniedHandler accessDenied = new ProblemAccessDeniedHandler(writer);
        http
                // Stateless JSON API authenticated on every request: no cookies, so no CSRF exposure.
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .addFilterBefore(new LoginThrottleFilter(loginThrottle, writer), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(entryPoint).accessDeniedHandler(accessDenied))
                .authorizeHttpRequests(matrix.getIfAvailable(ApiAccessMatrix::standard)::applyTo);
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
                HttpStatus.BAD_REQUEST, ProblemCode.MALFORMED_REQUEST,
                "The request contains characters that are not allowed in headers or the URL."));
    }

}
