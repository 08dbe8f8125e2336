package vn.thidua.ledger.query.nomination;

import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.QueryRejectionCode;

/** Phiếu chưa công bố: a secret round's ballots are published when it closes, not before (no running tally). */
class BallotsNotPublishedException extends QueryRejection {

    BallotsNotPublishedException(String roundId) {
        super(QueryRejectionCode.BALLOTS_NOT_YET_PUBLISHED, "Round " + roundId + " is still open: its ballots, yours"
                + " included, are published when it closes (no running tally)");
    }
}
