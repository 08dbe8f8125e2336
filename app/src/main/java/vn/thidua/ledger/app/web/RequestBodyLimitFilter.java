package vn.thidua.ledger.app.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps request bodies (default 256 KiB, {@code thidua.web.max-request-body}) so that a client
 * cannot make us buffer or parse megabytes of JSON. A declared Content-Length over the limit is
 * refused before anything is read; a chunked body is counted while it is read. Runs before
 * Spring Security so an oversized body costs no password hashing either.
 * <p>
 * One route has a limit of its own: the upload of a past year's workbook ({@code POST /api/imports}, default 4 MiB,
 * {@code thidua.web.max-import-body}), which for 10,000 rows is about 0.5 MiB of xlsx, twice the JSON limit. It is
 * still bounded: the reader holds the whole workbook in memory, many times its compressed size.
 */
@Component
public class RequestBodyLimitFilter extends OncePerRequestFilter implements Ordered {

    static final String IMPORT_PATH = "/api/imports";

    private final long limit;
    private final long importLimit;
    private final ProblemResponseWriter problems;

    public RequestBodyLimitFilter(@Value("${thidua.web.max-request-body:256KB}") DataSize limit,
                                  @Value("${thidua.web.max-import-body:4MB}") DataSize importLimit,
                                  ProblemResponseWriter problems) {
        this.limit = limit.toBytes();
        this.importLimit = importLimit.toBytes();
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // Before Spring Security's filter chain (order -100) and our idempotency filter.
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitOf(request);
        if (request.getContentLengthLong() > limit) {
            problems.write(request, response, tooLarge(limit));
            return;
        }
        chain.doFilter(new LimitedRequest(request, limit), response);
    }

    private long limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "POST".equals(request.getMethod()) && IMPORT_PATH.equals(path) ? importLimit : limit;
    }

    private static ProblemDetail tooLarge(long limit) {
        return ProblemResponseWriter.problem(HttpStatus.CONTENT_TOO_LARGE, ProblemCode.PAYLOAD_TOO_LARGE,
                "The request body is larger than " + limit + " bytes.");
    }

    private static final class LimitedRequest extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), limit);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {
        private final ServletInputStream delegate;
        private final long limit;
        private long count;

        CountingStream(ServletInputStream delegate, long limit) {
            this.delegate = delegate;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = delegate.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = delegate.read(buffer, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(int n) throws PayloadTooLargeException {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return delegate.isFinished();
        }

        @Override
        public boolean isReady() {
            return delegate.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            delegate.setReadListener(listener);
        }
    }
}
