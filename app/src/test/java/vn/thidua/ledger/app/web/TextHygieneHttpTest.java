package vn.thidua.ledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.ledger.app.testsupport.CommandApi.SECRETARIAT;
import static vn.thidua.ledger.app.testsupport.CommandApi.unique;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriUtils;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HttpTest;

/** Names, reasons and summaries enter in one Unicode form (NFC) and without invisible formatting characters. */
@HttpTest
class TextHygieneHttpTest {

    private static final String NAME = "Cụm thi đua số IV – Bộ Tư pháp";
    private static final String UNIT = "Vụ Hợp tác quốc tế";
    /** Reads "reason: 12 Điều" on screen, stored with a right-to-left override and zero-width spaces. */
    private static final String TROJAN_REASON = "Theo\u200B Điều\u202E 21\u202C khoản\u2066 2\u2069\uFEFF";

    @Autowired
    CommandApi api;

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    private static String json(String text) {
        return text.replace("\"", "\\\"");
    }

    @Test
    void aClusterNameSentDecomposedIsStoredComposed() throws Exception {
        String id = unique("cum");
        assertThat(nfd(NAME)).isNotEqualTo(NAME);
        api.created(SECRETARIAT, "/api/clusters", """
                {"clusterId": "%s", "name": "%s", "firstYear": 2024, "units": [{"id": "vu-htqt", "name": "%s"}]}
                """.formatted(id, json(nfd(NAME)), json(nfd(UNIT) + "\u200D")));

        String payload = api.lastEvent(id).getString("payload");
        assertThat(payload).contains(NAME, UNIT + "\"").doesNotContain(nfd(NAME), "\u200D");
    }

    @Test
    void bidiAndZeroWidthCharactersAreStrippedFromReasonsInTheBodyAndTheHeader() throws Exception {
        String id = unique("cum");
        api.created(SECRETARIAT, "/api/clusters", """
                {"clusterId": "%s", "name": "%s", "firstYear": 2024,
                 "units": [{"id": "vu-htqt", "name": "%s"}, {"id": "minh-hoa-a", "name": "Vụ Minh họa A"}]}
                """.formatted(id, NAME, UNIT));
        api.perform(SECRETARIAT, CommandApi.request("/api/clusters/" + id + "/withdrawals")
                        .content(("{\"unitId\": \"minh-hoa-a\", \"year\": 2025, \"reason\": \"" + nfd(TROJAN_REASON)
                                + "\"}").getBytes(StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
        Document withdrawn = api.lastEvent(id);
        assertThat(withdrawn.getString("payload")).contains("\"reason\":\"Theo Điều 21 khoản 2\"");
        assertThat(withdrawn.getString("metaData")).contains("\"reason\":\"Theo Điều 21 khoản 2\"");

        String other = unique("cum");
        api.perform(SECRETARIAT, CommandApi.request("/api/clusters")
                        .content("""
                                {"clusterId": "%s", "name": "%s", "firstYear": 2024, "units": [{"id": "vu-htqt", "name": "%s"}]}
                                """.formatted(other, NAME, UNIT).getBytes(StandardCharsets.UTF_8))
                        .header("X-Reason", UriUtils.encode(nfd(TROJAN_REASON), StandardCharsets.UTF_8)))
                .andExpect(status().isCreated());
        assertThat(api.lastEvent(other).getString("metaData")).contains("\"reason\":\"Theo Điều 21 khoản 2\"");
    }
}
