package vn.thidua.ledger.app.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A refused workbook's answer lists its first problems and counts them all. */
class WorkbookInvalidExceptionTest {

    @Test
    void theFirstProblemsAreListedAndAllAreCounted() {
        List<WorkbookProblem> many = IntStream.rangeClosed(2, WorkbookInvalidException.LISTED + 11)
                .mapToObj(row -> new WorkbookProblem("Điểm", row, "C", "Điểm", "a number")).toList();

        WorkbookInvalidException refused = new WorkbookInvalidException(many);

        assertThat(refused.problems()).hasSize(WorkbookInvalidException.LISTED).first()
                .extracting(WorkbookProblem::row).isEqualTo(2);
        assertThat(refused.getMessage()).startsWith((WorkbookInvalidException.LISTED + 10) + " problem(s)")
                .contains("the first " + WorkbookInvalidException.LISTED + " are listed");
    }

    @Test
    void aFewProblemsAreAllListed() {
        WorkbookInvalidException refused = new WorkbookInvalidException(
                List.of(new WorkbookProblem("Điểm", 2, "C", "Điểm", "a number")));

        assertThat(refused.problems()).hasSize(1);
        assertThat(refused.getMessage()).isEqualTo("1 problem(s) in the workbook; nothing was recorded");
    }
}
