package vn.thidua.ledger.app.imports;

import java.util.List;

/** Sổ Excel không hợp lệ: every problem found in a workbook; nothing of it was recorded. */
class WorkbookInvalidException extends RuntimeException {

    private final transient List<WorkbookProblem> problems;

    WorkbookInvalidException(List<WorkbookProblem> problems) {
        super(problems.size() + " problem(s) in the workbook; nothing was recorded");
        this.problems = List.copyOf(problems);
    }

    List<WorkbookProblem> problems() {
        return problems;
    }
}
