package vn.thidua.ledger.events.common;

/**
 * Danh hiệu thi đua (an emulation title). The enum constant name is the stable JSON value; the
 * Vietnamese name is for display.
 */
public enum Title {
    ADVANCED_WORKER("Lao động tiên tiến", Holder.INDIVIDUAL),
    GRASSROOTS_EMULATION_FIGHTER("Chiến sĩ thi đua cơ sở", Holder.INDIVIDUAL),
    MINISTRY_EMULATION_FIGHTER("Chiến sĩ thi đua cấp Bộ", Holder.INDIVIDUAL),
    NATIONAL_EMULATION_FIGHTER("Chiến sĩ thi đua toàn quốc", Holder.INDIVIDUAL),
    ADVANCED_COLLECTIVE("Tập thể lao động tiên tiến", Holder.COLLECTIVE),
    EXCELLENT_COLLECTIVE("Tập thể lao động xuất sắc", Holder.COLLECTIVE),
    /** Cờ thi đua cấp Bộ; in the justice sector: Cờ thi đua ngành Tư pháp. */
    SECTOR_EMULATION_FLAG("Cờ thi đua ngành Tư pháp", Holder.COLLECTIVE),
    GOVERNMENT_EMULATION_FLAG("Cờ thi đua của Chính phủ", Holder.COLLECTIVE);

    /** Whether a title goes to a person (cá nhân) or to a collective (tập thể). */
    public enum Holder { INDIVIDUAL, COLLECTIVE }

    private final String vietnameseName;
    private final Holder holder;

    Title(String vietnameseName, Holder holder) {
        this.vietnameseName = vietnameseName;
        this.holder = holder;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public Holder holder() {
        return holder;
    }
}
