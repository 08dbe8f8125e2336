package vn.thidua.ledger.command.common;

import java.time.LocalDate;
import java.util.List;

/**
 * Ngày ghi trên giấy (the day a fact of a past year happened, as its paper record says). A live command is dated
 * today by the clock. When the secretariat transcribes a year that is over (the workbook import, docs/excel-word.md),
 * the launch, a round's opening and closing and a written vote carry the day written in the minutes instead, so the
 * events' payloads say when it happened while their timestamps say when it was typed in; the pledges' own version of
 * this rule is {@code RegistrationDate}. Only the secretariat transcribes (a unit could otherwise move a deadline by
 * choosing a date), only a year that is over, and only to a day inside that year.
 */
public final class TranscriptionDate {

    private TranscriptionDate() {
    }

    public static LocalDate of(LocalDate declared, int year, LocalDate today, List<String> roles, String what) {
        if (declared == null || declared.equals(today)) {
            return today;
        }
        if (!Acting.isSecretariat(roles == null ? List.of() : roles)) {
            throw new DomainRejection(ErrorCode.TRANSCRIPTION_BY_SECRETARIAT_ONLY, what + " dated " + declared
                    + " transcribes the records of " + year + ": the secretariat does that");
        }
        if (year >= today.getYear()) {
            throw Require.invalid("the " + what + " of " + year + " is dated today; an earlier date is accepted only"
                    + " when transcribing a year that is over");
        }
        if (declared.getYear() != year) {
            throw Require.invalid("the " + what + " of " + year + " cannot be dated " + declared
                    + ", outside that year");
        }
        return declared;
    }
}
