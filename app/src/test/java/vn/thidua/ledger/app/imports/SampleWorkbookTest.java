package vn.thidua.ledger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

/** The sample in docs is what {@link ClusterIv2021Sample} writes, and a valid workbook. */
class SampleWorkbookTest {

    @Test
    void theSampleInDocsSaysWhatTheProgramWritesAndIsValid() throws IOException {
        if (Boolean.getBoolean("sample.write")) {
            Files.write(ClusterIv2021Sample.FILE, ClusterIv2021Sample.workbook().bytes());
        }
        YearWorkbookReader.Result inDocs = YearWorkbookReader.read(ClusterIv2021Sample.fileBytes());
        YearWorkbookReader.Result written = YearWorkbookReader.read(ClusterIv2021Sample.workbook().bytes());

        assertThat(inDocs.problems()).isEmpty();
        assertThat(inDocs.year()).isEqualTo(written.year());
        assertThat(inDocs.year().pledges()).hasSize(16);
        assertThat(inDocs.year().results().scores()).hasSize(12);
        assertThat(inDocs.year().results().rounds()).singleElement()
                .satisfies(round -> assertThat(round.ballots()).hasSize(4));
        assertThat(inDocs.year().results().decisions()).hasSize(1);
        assertThat(inDocs.year().clusterName()).contains("minh họa");
    }
}
