package vn.thidua.ledger.app.web;

import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestBodyLimitFilterTest {

    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(DataSize.ofBytes(100), DataSize.ofBytes(300),
            new ProblemResponseWriter(HttpMessageConverters.forServer().registerDefaults().build()));

    @Test
    void declaredOversizeIsRefusedBeforeReading() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
        request.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not reach the chain");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"code\":\"PAYLOAD_TOO_LARGE\"");
    }

    @Test
    void chunkedBodyWithoutLengthIsCutWhileReading() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
        request.setContent(new byte[101]);
        var chunked = new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(),
                (req, res) -> req.getInputStream().readAllBytes()))
                .isInstanceOf(PayloadTooLargeException.class);
    }

    @Test
    void bodyAtTheLimitPasses() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/x");
        request.setContent(new byte[100]);
        int[] read = new int[1];
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> read[0] = req.getInputStream().readAllBytes().length);
        assertThat(read[0]).isEqualTo(100);
    }

    @Test
    void theWorkbookUploadHasItsOwnLargerButStillBoundedLimit() throws Exception {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", RequestBodyLimitFilter.IMPORT_PATH);
        upload.setContent(new byte[300]);
        int[] read = new int[1];
        filter.doFilter(upload, new MockHttpServletResponse(),
                (req, res) -> read[0] = req.getInputStream().readAllBytes().length);
        assertThat(read[0]).isEqualTo(300);

        MockHttpServletRequest tooLarge = new MockHttpServletRequest("POST", RequestBodyLimitFilter.IMPORT_PATH);
        tooLarge.setContent(new byte[301]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(tooLarge, response, (req, res) -> {
            throw new AssertionError("must not reach the chain");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("larger than 300 bytes");
    }

    @Test
    void onlyTheUploadItselfGetsTheLargerLimit() throws Exception {
        MockHttpServletRequest other = new MockHttpServletRequest("POST", RequestBodyLimitFilter.IMPORT_PATH + "/x");
        other.setContent(new byte[101]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(other, response, (req, res) -> {
            throw new AssertionError("must not reach the chain");
        });
        assertThat(response.getStatus()).isEqualTo(413);
    }
}
