package vn.thidua.ledger.query.view;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Known answers computed outside Java (Python's hashlib): a view's checksum is the sum modulo 2^256 of each document's
 * SHA-256 over key NUL text NUL, as 64 lowercase hex digits, so an operator can recompute it from the documents.
 */
class ChecksumsTest {

    @Test
    void anEmptyViewHasTheChecksumZero() {
        assertThat(Checksums.of(new TreeMap<>())).isEqualTo("0".repeat(64));
    }

    @Test
    void keysAndTextsAreHashedAsUtf8WithNulSeparatorsAndTheHashesSummed() {
        TreeMap<String, String> view = new TreeMap<>();
        view.put("đơn-vị", "Vụ Hợp tác quốc tế");
        view.put("k2", "v2");
        assertThat(Checksums.of(view))
                .isEqualTo("83cad874ced12f24c33303b92f8d9591c02be89f21742b8159008804851bafd4");
        assertThat(Checksums.of(new TreeMap<>(java.util.Map.of("ab", "c"))))
                .isEqualTo("629c2f14f654f026086f2aefe1855533d0897f49df86a19073be17b237361b09");
    }

    @Test
    void theSeparatorKeepsAKeyAndItsTextApart() {
        assertThat(Checksums.of(new TreeMap<>(java.util.Map.of("a", "bc"))))
                .isEqualTo("aa795aa4bbb6117911ef062e271bcb05ccfd58ea439da7d46a44e3a3fcefa790")
                .isNotEqualTo(Checksums.of(new TreeMap<>(java.util.Map.of("ab", "c"))));
    }

    /** A collection is checksummed as it streams from the server, in whatever order it comes. */
    @Test
    void theOrderTheDocumentsComeInDoesNotMatter() {
        Checksums.Sum forwards = new Checksums.Sum();
        Checksums.Sum backwards = new Checksums.Sum();
        for (int i = 0; i < 1_000; i++) {
            forwards.add("doc-" + i, "{\"n\":" + i + "}");
            backwards.add("doc-" + (999 - i), "{\"n\":" + (999 - i) + "}");
        }
        assertThat(forwards.hex()).isEqualTo(backwards.hex()).hasSize(64);
        assertThat(forwards.count()).isEqualTo(1_000);
        backwards.add("doc-1000", "{}");
        assertThat(backwards.hex()).isNotEqualTo(forwards.hex());
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
