package vn.thidua.ledger.events.proposal;

/** Một văn bản trong hồ sơ đề nghị: its kind and its reference (number, date, or file name) as filed. */
public record DossierDocument(Kind kind, String reference) {

    /** Tờ trình (submission), báo cáo thành tích (achievement report), biên bản bình xét (deliberation minutes). */
    public enum Kind { SUBMISSION, ACHIEVEMENT_REPORT, DELIBERATION_MINUTES }
}
