package vn.thidua.ledger.events.decision;

/**
 * Hình thức khen thưởng (a form of commendation) other than an emulation title: a certificate of merit, a
 * certificate of a unit's head, an order. Given for a year's work or for an achievement (thành tích) by a decision
 * of the issuer competent for it, to a collective or a person. The enum constant name is the stable JSON value;
 * the Vietnamese name is for display. Who may decide each is a rule of the command side (FORM_COMPETENCE).
 */
public enum CommendationForm {
    /** Giấy khen of the head of a unit under the Ministry. */
    UNIT_HEAD_CERTIFICATE("Giấy khen"),
    /** Bằng khen của Bộ trưởng Bộ Tư pháp. */
    MINISTER_CERTIFICATE_OF_MERIT("Bằng khen của Bộ trưởng"),
    /** Bằng khen của Thủ tướng Chính phủ. */
    PRIME_MINISTER_CERTIFICATE_OF_MERIT("Bằng khen của Thủ tướng Chính phủ"),
    LABOUR_ORDER_THIRD_CLASS("Huân chương Lao động hạng Ba"),
    LABOUR_ORDER_SECOND_CLASS("Huân chương Lao động hạng Nhì"),
    LABOUR_ORDER_FIRST_CLASS("Huân chương Lao động hạng Nhất");

    private final String vietnameseName;

    CommendationForm(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
