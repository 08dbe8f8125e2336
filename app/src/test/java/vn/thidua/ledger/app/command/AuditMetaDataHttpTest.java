package vn.thidua.ledger.app.command;

import java.util.List;

import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.testsupport.HttpTest;
import vn.thidua.ledger.app.testsupport.ProbeCommandHandler;
import vn.thidua.ledger.events.common.MetaDataKeys;
import vn.thidua.ledger.events.nomination.SecretBallotCast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Through the real CommandGateway: the interceptor is registered and stamps what it should. */
@HttpTest
class AuditMetaDataHttpTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void axonCopiesAuditKeysAndOriginIntoEventMetadata() {
        var command = org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage("x")
                .andMetaData(java.util.Map.of(MetaDataKeys.PRINCIPAL, "thu-ky", MetaDataKeys.ROLES, List.of("SECRETARIAT"),
                        MetaDataKeys.REASON, "r", MetaDataKeys.REQUEST_ID, "q", "unrelated", "u"));
        java.util.Map<String, Object> copied = new java.util.HashMap<>();
        axon.correlationDataProviders().forEach(p -> copied.putAll(p.correlationDataFor(command)));
        assertThat(copied).containsEntry(MetaDataKeys.PRINCIPAL, "thu-ky")
                .containsEntry(MetaDataKeys.ROLES, List.of("SECRETARIAT"))
                .containsEntry(MetaDataKeys.REASON, "r")
                .containsEntry(MetaDataKeys.REQUEST_ID, "q")
                .containsEntry("correlationId", command.getIdentifier())
                .containsEntry("traceId", command.getIdentifier())
                .doesNotContainKey("unrelated");
    }

    @Test
    void commandCarriesPrincipalRolesUnitReasonAndRequestId() throws Exception {
        // A Vietnamese reason, percent-encoded UTF-8 as encodeURIComponent would send it.
        String reason = "Bổ sung hồ sơ theo Điều 12 (100% đủ)";
        String onTheWire = org.springframework.web.util.UriUtils.encode(reason, java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(post("/api/probe/commands").with(httpBasic("dai-dien-htqt", "htqt-demo-2022"))
                        .header("X-Reason", onTheWire).header("X-Request-Id", "req-42"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("handled plain"));

        MetaData meta = ProbeCommandHandler.LAST_METADATA.get();
        assertThat(meta.get(MetaDataKeys.PRINCIPAL)).isEqualTo("dai-dien-htqt");
        assertThat(meta.get(MetaDataKeys.ROLES)).isEqualTo(List.of("UNIT_REPRESENTATIVE"));
        assertThat(meta.get(MetaDataKeys.UNIT_ID)).isEqualTo("vu-htqt");
        assertThat(meta.get(MetaDataKeys.REASON)).isEqualTo(reason);
        assertThat(meta.get(MetaDataKeys.REQUEST_ID)).isEqualTo("req-42");
    }

    @Test
    void rawNonAsciiReasonHeaderIsRefusedAs400NotA500() throws Exception {
        String raw = new String("Bổ sung".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        mvc.perform(post("/api/probe/commands").with(httpBasic("thu-ky", "thuky-demo-2022")).header("X-Reason", raw))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    /**
     * What the server makes of raw UTF-8 ("lý do" read as Latin-1) passes the firewall, and escapes of bytes that are
     * not UTF-8 decode to U+FFFD: stored with the events for good, so both are refused before the command is sent.
     */
    @Test
    void aReasonThatWouldBeStoredGarbledIsRefusedAndNothingIsSent() throws Exception {
        String latin1 = new String("lý do".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String header : List.of(latin1, "%FF%FE", "%C3")) {
            ProbeCommandHandler.LAST_METADATA.set(null);
            mvc.perform(post("/api/probe/commands").with(httpBasic("thu-ky", "thuky-demo-2022")).header("X-Reason", header))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"))
                    .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-Reason")));
            assertThat(ProbeCommandHandler.LAST_METADATA.get()).as(header).isNull();
        }
    }

    @Test
    void aPercentSignNotStartingAnEscapeStandsForItself() throws Exception {
        mvc.perform(post("/api/probe/commands").with(httpBasic("thu-ky", "thuky-demo-2022"))
                        .header("X-Reason", "100% done, 50%2 left, %E1%BA%BF"))
                .andExpect(status().isOk());

        assertThat(ProbeCommandHandler.LAST_METADATA.get().get(MetaDataKeys.REASON))
                .isEqualTo("100% done, 50%2 left, \u1ebf");
    }

    @Test
    void anonymousBallotCarriesNoIdentity() throws Exception {
        mvc.perform(post("/api/probe/ballots").with(httpBasic("bieu-quyet-1", "bieuquyet-demo-2022"))
                        .header("X-Reason", "why").header("X-Request-Id", "req-43"))
                .andExpect(status().isOk());

        MetaData meta = ProbeCommandHandler.LAST_METADATA.get();
        assertThat(meta.get(MetaDataKeys.PRINCIPAL)).isEqualTo(SecretBallotCast.ANONYMOUS_PRINCIPAL);
        assertThat(meta).doesNotContainKeys(MetaDataKeys.ROLES, MetaDataKeys.UNIT_ID, MetaDataKeys.REASON,
                MetaDataKeys.REQUEST_ID);
        assertThat(meta.values()).doesNotContain("bieu-quyet-1", "req-43");
    }
}
