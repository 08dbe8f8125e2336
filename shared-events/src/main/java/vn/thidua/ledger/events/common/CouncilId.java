package vn.thidua.ledger.events.common;

/**
 * Mã Hội đồng Thi đua – Khen thưởng (identifier of an emulation and commendation council). Validates its own
 * shape: see {@link IdRules}.
 */
public record CouncilId(String value) {

    public CouncilId {
        IdRules.check("CouncilId", value);
    }

    @Override
    public String toString() {
        return value;
    }
}
