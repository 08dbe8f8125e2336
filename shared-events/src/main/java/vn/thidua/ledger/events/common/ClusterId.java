package vn.thidua.ledger.events.common;

/** Mã cụm thi đua (identifier of an emulation cluster). Validates its own shape: see {@link IdRules}. */
public record ClusterId(String value) {

    public ClusterId {
        IdRules.check("ClusterId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
