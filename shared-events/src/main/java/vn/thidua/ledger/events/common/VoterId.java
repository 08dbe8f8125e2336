package vn.thidua.ledger.events.common;

/** Mã thành viên bỏ phiếu (identifier of a voter: a council member or a member unit). Validates its own shape: see {@link IdRules}. */
public record VoterId(String value) {

    public VoterId {
        IdRules.check("VoterId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
