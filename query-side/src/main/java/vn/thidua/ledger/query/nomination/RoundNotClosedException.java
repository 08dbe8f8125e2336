package vn.thidua.ledger.query.nomination;

import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.QueryRejectionCode;

/** A what-if of a round still open: its ballots are not counted yet, so there is nothing to recount (409). */
public class RoundNotClosedException extends QueryRejection {

    public RoundNotClosedException(String roundId) {
        super(QueryRejectionCode.ROUND_NOT_CLOSED, "Round " + roundId + " is still open: it has no result yet");
    }
}
