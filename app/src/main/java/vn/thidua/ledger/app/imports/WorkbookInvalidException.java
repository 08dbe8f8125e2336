package vn.thidua.ledger.app.imports;

import java.util.List;

/**
 * Sổ Excel không hợp lệ: the problems found in a workbook; nothing of it was recorded. The answer lists the first
 * {@value #LISTED} and counts them all: a sheet of tens of thousands of wrong rows gave an answer of 16 MB (100,000
 * problems), which nobody reads past its first screens.
 */
class WorkbookInvalidException extends RuntimeException {

    static final int LISTED = 1_000;

    private final transient List<WorkbookProblem> problems;

    WorkbookInvalidException(List<WorkbookProblem> problems) {
        super(problems.size() + " problem(s) in the workbook" + (problems.size() > LISTED
                ? " (the first " + LISTED + " are listed)" : "") + "; nothing was recorded");
        this.problems = List.copyOf(problems.subList(0, Math.min(LISTED, problems.size())));
    }

    List<WorkbookProblem> problems() {
        return problems;
    }
}
