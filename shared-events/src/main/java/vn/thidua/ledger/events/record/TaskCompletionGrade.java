package vn.thidua.ledger.events.record;

/**
 * Mức xếp loại chất lượng (the year's task-completion grade of a person or collective). The constant name is
 * the stable JSON value.
 */
public enum TaskCompletionGrade {
    /** Hoàn thành xuất sắc nhiệm vụ. */
    EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
    /** Hoàn thành tốt nhiệm vụ. */
    GOOD("Hoàn thành tốt nhiệm vụ"),
    /** Hoàn thành nhiệm vụ. */
    COMPLETED("Hoàn thành nhiệm vụ"),
    /** Không hoàn thành nhiệm vụ. */
    NOT_COMPLETED("Không hoàn thành nhiệm vụ");

    private final String vietnameseName;

    TaskCompletionGrade(String vietnameseName) {
        this.vietnameseName = vietnameseName;
    }

    public String vietnameseName() {
        return vietnameseName;
    }
}
