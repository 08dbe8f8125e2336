package vn.thidua.ledger.app.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class IdempotencyFilterTest {

    private static MockHttpServletRequest keyed(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.addHeader(IdempotencyFilter.HEADER, "k-1");
        return request;
    }

    @Test
    void theSecretBallotPathsAreExcludedEvenWhenTheConfigurationListsNone() {
        IdempotencyFilter filter = new IdempotencyFilter(null, null, List.of());
        assertThat(filter.shouldNotFilter(keyed("/api/rounds/r-1/secret-ballots"))).isTrue();
        assertThat(filter.shouldNotFilter(keyed("/api/rounds/r-1/blind-signatures"))).isTrue();
        assertThat(filter.shouldNotFilter(keyed("/api/rounds/r-1/ballots"))).isFalse();
    }

    @Test
    void configuredExclusionsComeOnTopOfTheFixedOnes() {
        IdempotencyFilter filter = new IdempotencyFilter(null, null, List.of("/api/probe/**"));
        assertThat(filter.shouldNotFilter(keyed("/api/probe/things"))).isTrue();
        assertThat(filter.shouldNotFilter(keyed("/api/rounds/r-1/secret-ballots"))).isTrue();
    }
}
