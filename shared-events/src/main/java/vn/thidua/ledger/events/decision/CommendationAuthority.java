package vn.thidua.ledger.events.decision;

/**
 * Cấp ký quyết định khen thưởng (the issuer level of a decision), lowest first: the head of a unit under the
 * Ministry (Thủ trưởng đơn vị), the Minister (Bộ trưởng), the Prime Minister (Thủ tướng Chính phủ), the State
 * President (Chủ tịch nước). The order is the order of competence: a tờ trình goes from a lower level to a higher.
 */
public enum CommendationAuthority {
    UNIT_HEAD("Thủ trưởng đơn vị"),
    MINISTER("Bộ trưởng Bộ Tư pháp"),
    PRIME_MINISTER("Thủ tướng Chính phủ"),
    PRESIDENT("Chủ tịch nước");

    private final String vietnameseName;

    CommendationAuthority(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
