package vn.thidua.ledger.events.record;

/**
 * Hình thức kỷ luật (a disciplinary measure), from the lightest to the heaviest, as the civil-service laws
 * list them for công chức and viên chức. The constant name is the stable JSON value.
 */
public enum DisciplineLevel {
    /** Khiển trách. */
    REPRIMAND("Khiển trách"),
    /** Cảnh cáo: from here on a collective loses its collective titles (R5). */
    WARNING("Cảnh cáo"),
    /** Hạ bậc lương. */
    SALARY_DOWNGRADE("Hạ bậc lương"),
    /** Giáng chức. */
    DEMOTION("Giáng chức"),
    /** Cách chức. */
    DISMISSAL_FROM_POST("Cách chức"),
    /** Buộc thôi việc. */
    FORCED_RESIGNATION("Buộc thôi việc");

    private final String vietnameseName;

    DisciplineLevel(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** Whether this measure is {@code threshold} or heavier ("từ cảnh cáo trở lên"). */
    public boolean atLeast(DisciplineLevel threshold) {
        return compareTo(threshold) >= 0;
    }
}
