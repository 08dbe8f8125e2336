package vn.thidua.ledger.events.common;

/** Mã tiêu chí (identifier of a criterion of a scoring table). Validates its own shape: see {@link IdRules}. */
public record CriterionId(String value) {

    public CriterionId {
        IdRules.check("CriterionId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
