package vn.thidua.ledger.events.common;

/** Mã đợt bình xét (identifier of a nomination round). Validates its own shape: see {@link IdRules}. */
public record RoundId(String value) {

    public RoundId {
        IdRules.check("RoundId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
