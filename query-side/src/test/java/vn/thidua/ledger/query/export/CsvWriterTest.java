package vn.thidua.ledger.query.export;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTest {

    @Test
    void theFileStartsWithAByteOrderMarkSoExcelReadsVietnameseAsUtf8() {
        byte[] bytes = new CsvWriter().row(List.of("Vụ Hợp tác quốc tế")).bytes();

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFVụ Hợp tác quốc tế\r\n");
    }

    @Test
    void commasQuotesAndLineBreaksAreQuotedAsRfc4180Says() {
        assertThat(CsvWriter.cell("Thẩm định, điều chỉnh")).isEqualTo("\"Thẩm định, điều chỉnh\"");
        assertThat(CsvWriter.cell("tờ trình \"01\"")).isEqualTo("\"tờ trình \"\"01\"\"\"");
        assertThat(CsvWriter.cell("dòng 1\ndòng 2")).isEqualTo("\"dòng 1\ndòng 2\"");
        assertThat(CsvWriter.cell(null)).isEmpty();
    }

    @Test
    void aTextThatASpreadsheetWouldRunAsAFormulaIsDefused() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://x\")")).startsWith("\"'=HYPERLINK");
        assertThat(CsvWriter.cell("+1")).isEqualTo("'+1");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        // Numbers are numbers, not user text.
        assertThat(CsvWriter.cell(-3)).isEqualTo("-3");
    }
}
