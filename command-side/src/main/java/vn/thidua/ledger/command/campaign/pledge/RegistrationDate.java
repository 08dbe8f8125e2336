package vn.thidua.ledger.command.campaign.pledge;

import java.time.LocalDate;
import vn.thidua.ledger.command.common.Require;

/**
 * The day a pledge counts as registered on, which the registration window is checked against.
 *
 * <p>A live registration is dated today by the clock. A campaign whose year is over can only be
 * completed from its paper register (sổ đăng ký thi đua) — when an agency starts using the ledger
 * and records its past years, or for the demo year 2022 — so a registration for it may carry the
 * date written on the paper form, and that date must lie inside the window. The current year (and a
 * future one) is never backdated: a deadline that the client can move by choosing a date would be no
 * deadline. The event's timestamp still records when the paper form was transcribed, so the audit
 * trail shows both days.
 */
final class RegistrationDate {

    private RegistrationDate() {
    }

    static LocalDate of(LocalDate declared, int campaignYear, LocalDate today) {
        if (declared == null || declared.equals(today)) {
            return today;
        }
        if (declared.isAfter(today)) {
            throw Require.invalid("a registration date cannot be in the future: " + declared);
        }
        if (campaignYear >= today.getYear()) {
            throw Require.invalid("the pledges of " + campaignYear + " are dated today; an earlier registration date"
                    + " is accepted only when transcribing the paper register of a year that is over");
        }
        return declared;
    }
}
