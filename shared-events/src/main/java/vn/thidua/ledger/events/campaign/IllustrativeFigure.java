package vn.thidua.ledger.events.campaign;

/**
 * Số liệu minh họa: which of a campaign's figures are invented for a demonstration or a training year rather than
 * taken from a real record, so that every view showing them labels them "minh họa".
 */
public enum IllustrativeFigure {
    /** The points: self-assessed, adjusted, counted, and the totals they add up to (điểm). */
    SCORES,
    /** The order of the units in the ranking (thứ hạng), which follows from invented points. */
    RANKING;

    /** The label every view shows next to illustrative figures, whichever aggregate declared them. */
    public static final String LABEL = "minh họa";
}
