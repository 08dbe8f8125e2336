package vn.thidua.ledger.events.common;

/** Mã đơn vị (identifier of a unit under the ministry). Validates its own shape: see {@link IdRules}. */
public record UnitId(String value) {

    public UnitId {
        IdRules.check("UnitId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
