package vn.thidua.ledger.app.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import vn.thidua.ledger.app.web.ProblemCode;
import vn.thidua.ledger.app.web.ProblemResponseWriter;

/** 403 as problem+json with code FORBIDDEN when an authenticated actor lacks the role. */
public class ProblemAccessDeniedHandler implements AccessDeniedHandler {

    private final ProblemResponseWriter writer;

    public ProblemAccessDeniedHandler(ProblemResponseWriter writer) {
        this.writer = writer;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        writer.write(request, response, ProblemResponseWriter.problem(HttpStatus.FORBIDDEN, ProblemCode.FORBIDDEN,
                "Your role does not allow this request."));
    }
}
