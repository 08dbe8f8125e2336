package vn.thidua.ledger.events.record;

/**
 * Cấp công nhận sáng kiến (the level that recognised an initiative, or the scope of its influence), from the
 * lowest. The constant name is the stable JSON value.
 */
public enum RecognitionLevel {
    /** Cấp cơ sở: recognised by the unit (R2). */
    GRASSROOTS("Cấp cơ sở"),
    /** Cấp Bộ: influence across the ministry (R3, ministry emulation fighter). */
    MINISTRY("Cấp Bộ"),
    /** Toàn quốc: influence nationwide (R3, national emulation fighter). */
    NATIONAL("Toàn quốc");

    private final String vietnameseName;

    RecognitionLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    public boolean atLeast(RecognitionLevel required) {
        return compareTo(required) >= 0;
    }
}
