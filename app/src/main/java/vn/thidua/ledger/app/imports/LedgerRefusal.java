package vn.thidua.ledger.app.imports;

import org.springframework.http.ProblemDetail;
import vn.thidua.ledger.app.web.ApiExceptionHandler;

/** A command the ledger refused, as the API would have answered it: its code and detail, never an internal message. */
record LedgerRefusal(String code, String detail) {

    static LedgerRefusal of(RuntimeException refused) {
        ProblemDetail problem = ApiExceptionHandler.classify(refused);
        if (problem == null || problem.getProperties() == null) {
            return new LedgerRefusal("INTERNAL_ERROR", "The ledger could not record this row.");
        }
        return new LedgerRefusal(String.valueOf(problem.getProperties().get("code")), problem.getDetail());
    }
}
