package vn.thidua.ledger.query.export;

import vn.thidua.ledger.events.campaign.IllustrativeFigure;

import java.util.List;

/**
 * Ghi chú số liệu minh họa: the words a file puts above invented figures, so that a workbook or a report says what the
 * pages and the JSON say ("minh họa") in the same terms wherever the figures are shown.
 */
public final class IllustrativeNotice {

    private IllustrativeNotice() {
    }

    /** "Số liệu minh họa (điểm, thứ hạng): {note}". */
    public static String of(List<IllustrativeFigure> figures, String note) {
        return "Số liệu " + IllustrativeFigure.LABEL + " (" + String.join(", ", figures.stream()
                .map(IllustrativeNotice::name).toList()) + "): " + note;
    }

    /** "{heading} (minh họa)": a column header or caption over invented figures. */
    public static String labelled(String heading) {
        return heading + " (" + IllustrativeFigure.LABEL + ")";
    }

    /** The figure in the words of a report: điểm (points), thứ hạng (ranking order). */
    private static String name(IllustrativeFigure figure) {
        return switch (figure) {
            case SCORES -> "điểm";
            case RANKING -> "thứ hạng";
        };
    }
}
