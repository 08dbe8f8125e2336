package vn.thidua.ledger.query.view;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known answers computed outside Java (Python's hashlib): a view's checksum is SHA-256 over key NUL text NUL
 * in key order, as lowercase hex, so an operator can recompute it from the documents.
 */
class ChecksumsTest {

    @Test
    void anEmptyViewHasTheChecksumOfNothing() {
        assertThat(Checksums.of(new TreeMap<>()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void keysAndTextsAreHashedAsUtf8InKeyOrderWithNulSeparators() {
        TreeMap<String, String> view = new TreeMap<>();
        view.put("đơn-vị", "Vụ Hợp tác quốc tế");
        view.put("k2", "v2");
        // Key order, not insertion order: "k2" comes before "đơn-vị".
        assertThat(Checksums.of(view))
                .isEqualTo("5d372fa9743ecd05133d1de86a0fb5e3e2afc0f35ca9a985fa2bd6f92c77d1bf");
        assertThat(Checksums.of(new TreeMap<>(java.util.Map.of("ab", "c"))))
                .isEqualTo("629c2f14f654f026086f2aefe1855533d0897f49df86a19073be17b237361b09");
    }

    @Test
    void theSeparatorKeepsAKeyAndItsTextApart() {
        assertThat(Checksums.of(new TreeMap<>(java.util.Map.of("a", "bc"))))
                .isEqualTo("aa795aa4bbb6117911ef062e271bcb05ccfd58ea439da7d46a44e3a3fcefa790")
                .isNotEqualTo(Checksums.of(new TreeMap<>(java.util.Map.of("ab", "c"))));
    }

    @Test
    void aViewInOneCollectionKeepsThatCollectionsChecksum() {
        assertThat(Checksums.combine(List.of("abc"))).isEqualTo("abc");
    }

    @Test
    void aViewInSeveralCollectionsHashesTheirChecksumsLineByLineInOrder() {
        String first = Checksums.of(new TreeMap<>(java.util.Map.of("a", "1")));
        String second = Checksums.of(new TreeMap<>(java.util.Map.of("b", "2")));
        assertThat(first).isEqualTo("8bf19097aa1a235b67bc19aeb90770185deaaf102d9fdf4a1d43ed63f5fa42d3");
        assertThat(Checksums.combine(List.of(first, second)))
                .isEqualTo("e1e79e0e2c10276124dd7df9f917371417dcc7d10364b94b1d1386cc89b59a1f")
                .isNotEqualTo(Checksums.combine(List.of(second, first)));
    }
}
