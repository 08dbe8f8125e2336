package vn.thidua.ledger.app.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

/**
 * In front of HTTP Basic: a login attempt whose user or client address has used up its failures
 * ({@link LoginThrottle}) is answered 429 problem+json with {@code Retry-After}, without checking the
 * password — also a right one, or the throttle would tell a guesser when they hit it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottle throttle;
    private final ProblemResponseWriter problems;
    private final BasicAuthenticationConverter basic = new BasicAuthenticationConverter();

    LoginThrottleFilter(LoginThrottle throttle, ProblemResponseWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Duration> wait = username(request).flatMap(user -> throttle.retryAfter(user, request.getRemoteAddr()));
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, ProblemResponseWriter.problem(HttpStatus.TOO_MANY_REQUESTS,
                ProblemCode.TOO_MANY_FAILED_LOGINS, "Too many failed logins for this user or from this address; "
                        + "try again in " + seconds + " s."));
    }

    private Optional<String> username(HttpServletRequest request) {
        try {
            var attempt = basic.convert(request);
            return attempt == null ? Optional.empty() : Optional.of(attempt.getName());
        } catch (AuthenticationException malformed) {
            return Optional.empty(); // the Basic filter answers 401 for it
        }
    }
}
