package vn.thidua.ledger.events.common;

/** Mã người/đơn vị đăng ký thi đua (identifier of a pledge registrant: a unit, or an individual civil servant). Validates its own shape: see {@link IdRules}. */
public record RegistrantId(String value) {

    public RegistrantId {
        IdRules.check("RegistrantId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
