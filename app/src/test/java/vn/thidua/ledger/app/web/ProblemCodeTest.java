package vn.thidua.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Clients key on the codes' names: a renamed constant would break them silently, so the names are pinned. */
class ProblemCodeTest {

    @Test
    void theApiKeepsItsOwnCodesByName() {
        assertThat(Arrays.stream(ProblemCode.values()).map(Enum::name)).containsExactlyInAnyOrder(
                "UNAUTHENTICATED", "FORBIDDEN", "VALIDATION_FAILED", "MALFORMED_REQUEST", "NOT_FOUND",
                "METHOD_NOT_ALLOWED", "NOT_ACCEPTABLE", "UNSUPPORTED_MEDIA_TYPE", "PAYLOAD_TOO_LARGE",
                "CONCURRENT_MODIFICATION", "IDEMPOTENCY_KEY_INVALID", "IDEMPOTENCY_KEY_REUSED",
                "IDEMPOTENCY_REQUEST_IN_PROGRESS", "TOO_MANY_FAILED_LOGINS", "COMMAND_TIMED_OUT", "WORKBOOK_INVALID",
                "INTERNAL_ERROR");
        assertThat(ProblemCode.PROPERTY).isEqualTo("code");
    }

    @Test
    void aStatusWithoutAMoreSpecificCodeGetsItsOwn() {
        assertThat(ProblemCode.forStatus(404)).isEqualTo(ProblemCode.NOT_FOUND);
        assertThat(ProblemCode.forStatus(415)).isEqualTo(ProblemCode.UNSUPPORTED_MEDIA_TYPE);
        assertThat(ProblemCode.forStatus(418)).isEqualTo(ProblemCode.MALFORMED_REQUEST);
        assertThat(ProblemCode.forStatus(502)).isEqualTo(ProblemCode.INTERNAL_ERROR);
    }
}
