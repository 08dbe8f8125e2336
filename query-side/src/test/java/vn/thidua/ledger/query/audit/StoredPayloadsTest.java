package vn.thidua.ledger.query.audit;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.ledger.query.view.ViewJson;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An entry's payload kept as the stored text is written into its block as the same bytes as the tree read from that
 * text: a block written once (a rebuild) and one written again with its earlier entries read back (live) are
 * identical.
 */
class StoredPayloadsTest {

    private static final JsonMapper JSON = ViewJson.mapper();

    /** Compact JSON as the event serializer writes it: escapes, Vietnamese, a character outside the BMP, nesting. */
    private static final String TEXT = "{\"clusterId\":\"cum-iv\",\"year\":2022,\"approved\":true,\"note\":null,"
            + "\"reason\":\"Đăng ký \\\"Cờ thi đua\\\"\\nlần 2\\t\\\\ \\u0001 🏅\",\"count\":9007199254740993,"
            + "\"units\":[{\"id\":\"tc-thads\",\"name\":\"Cục Thi hành án dân sự\"}],\"empty\":{},\"none\":[]}";

    @Test
    void aPayloadWithoutFloatingPointNumbersIsWrittenAsTheBytesOfItsTree() {
        JsonNode tree = JSON.readTree(TEXT);

        JsonNode kept = StoredPayloads.of(TEXT, PayloadFacts.of(TEXT));

        assertThat(kept).isNotSameAs(tree);
        assertThat(JSON.writeValueAsBytes(block(kept))).isEqualTo(JSON.writeValueAsBytes(block(tree)));
        assertThat(JSON.readValue(JSON.writeValueAsBytes(block(kept)), AuditBlock.class).entries().get(0).payload())
                .isEqualTo(tree);
    }

    /** {@code 12.50} would be stored as it stands, but written back from its tree as {@code 12.5}. */
    @Test
    void aPayloadWithAFloatingPointNumberAnywhereKeepsItsTree() {
        String text = "{\"scores\":[{\"criterion\":\"c1\",\"points\":12.50}],\"year\":2022}";
        JsonNode kept = StoredPayloads.of(text, PayloadFacts.of(text));

        assertThat(kept.isObject()).isTrue();
        assertThat(JSON.writeValueAsString(kept)).isEqualTo("{\"scores\":[{\"criterion\":\"c1\",\"points\":12.5}],\"year\":2022}");
    }

    private static AuditBlock block(JsonNode payload) {
        return new AuditBlock(List.of(new AuditEntry(1, Instant.parse("2022-03-01T02:00:00Z"), "e-1", "Noted",
                "x.Noted", null, "Campaign", "cum-iv-2022", 0L, "thu-ky", List.of(), null, "vì", null, null, null,
                List.of(), "cum-iv", 2022, List.of(), "một dòng", payload)));
    }
}
