package vn.thidua.ledger.app.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

/** 401 as problem+json with code UNAUTHENTICATED, for missing, wrong or expired credentials. */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint {

    private final ProblemResponseWriter writer;

    public ProblemAuthenticationEntryPoint(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        ProblemResponseWriter.CHALLENGES.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
        writer.write(request, response, ProblemResponseWriter.problem(HttpStatus.UNAUTHORIZED,
                ProblemCode.UNAUTHENTICATED, "Authentication is required: missing or invalid credentials."));
    }
}
