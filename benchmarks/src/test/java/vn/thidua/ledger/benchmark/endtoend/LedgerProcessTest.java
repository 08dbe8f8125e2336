package vn.thidua.ledger.benchmark.endtoend;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger's heap as the end-to-end benchmark reads its {@code heap} option, for the ledger file's page cache. */
class LedgerProcessTest {

    @Test
    void aHeapIsReadAsTheJvmReadsXmx() {
        assertThat(LedgerProcess.heapBytes("3g")).isEqualTo(3L << 30);
        assertThat(LedgerProcess.heapBytes("3G")).isEqualTo(3L << 30);
        assertThat(LedgerProcess.heapBytes("512m")).isEqualTo(512L << 20);
        assertThat(LedgerProcess.heapBytes("2048k")).isEqualTo(2L << 20);
        assertThat(LedgerProcess.heapBytes("1t")).isEqualTo(1L << 40);
        assertThat(LedgerProcess.heapBytes("1073741824")).isEqualTo(1L << 30);
    }
}
