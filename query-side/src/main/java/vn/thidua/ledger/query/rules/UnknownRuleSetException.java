package vn.thidua.ledger.query.rules;

import vn.thidua.ledger.query.view.QueryRejection;
import vn.thidua.ledger.query.view.QueryRejectionCode;

/** A what-if under a rule-set version the catalog does not hold, or that has no rule for the case: 404. */
public class UnknownRuleSetException extends QueryRejection {

    public UnknownRuleSetException(String ruleSetId, int version, String what) {
        super(QueryRejectionCode.UNKNOWN_RULE_SET, "Rule set " + ruleSetId + " v" + version + " has no " + what);
    }
}
