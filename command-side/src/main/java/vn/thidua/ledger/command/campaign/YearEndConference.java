package vn.thidua.ledger.command.campaign;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.time.LocalDate;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;

/**
 * Trình tự Hội nghị tổng kết (the year-end conference's agenda, rule {@link RuleCode#CONFERENCE}): the conference
 * is held once, in the campaign's year or early in the next; the draft summary report is presented at it, once;
 * member units' comments are recorded on that draft. Source: the clusters' practice as the seed news item of
 * 9 Dec 2022 shows it (inferred, no legal text read: see the rule sets). The final text is the summary the campaign
 * is closed with, which does not wait for a conference, so years recorded before it still close.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
        isGetterVisibility = Visibility.NONE)
final class YearEndConference {

    /** A conference held after January of the next year is no longer that year's (inferred, a default). */
    private static final int LAST_MONTH_OF_NEXT_YEAR = 1;

    LocalDate heldOn;
    boolean draftPresented;
    int comments;

    void requireNotHeld(RuleSet rules) {
        if (heldOn != null) {
            throw new DomainRejection(ErrorCode.CONFERENCE_ALREADY_HELD, rules.cite(RuleCode.CONFERENCE)
                    + ": the year-end conference was already held on " + heldOn);
        }
    }

    static void requireInItsYear(LocalDate heldOn, int year) {
        Require.present("held on", heldOn);
        boolean sameYear = heldOn.getYear() == year;
        boolean earlyNextYear = heldOn.getYear() == year + 1 && heldOn.getMonthValue() <= LAST_MONTH_OF_NEXT_YEAR;
        if (!sameYear && !earlyNextYear) {
            throw Require.invalid("the year-end conference of " + year + " is held in " + year
                    + " or in January " + (year + 1) + ", not on " + heldOn);
        }
    }

    /** The draft is presented at the conference, once. */
    LocalDate requireDraftExpected(RuleSet rules) {
        LocalDate conference = requireHeld(rules);
        if (draftPresented) {
            throw new DomainRejection(ErrorCode.DRAFT_SUMMARY_ALREADY_PRESENTED, rules.cite(RuleCode.CONFERENCE)
                    + ": the draft summary report was already presented");
        }
        return conference;
    }

    /** Comments are on the draft presented at the conference. */
    LocalDate requireDraftPresented(RuleSet rules) {
        LocalDate conference = requireHeld(rules);
        if (!draftPresented) {
            throw new DomainRejection(ErrorCode.DRAFT_SUMMARY_NOT_PRESENTED, rules.cite(RuleCode.CONFERENCE)
                    + ": comments are recorded on the draft summary report, which has not been presented");
        }
        return conference;
    }

    int nextCommentNumber() {
        return comments + 1;
    }

    private LocalDate requireHeld(RuleSet rules) {
        if (heldOn == null) {
            throw new DomainRejection(ErrorCode.CONFERENCE_NOT_HELD, rules.cite(RuleCode.CONFERENCE)
                    + ": the year-end conference has not been held");
        }
        return heldOn;
    }
}
