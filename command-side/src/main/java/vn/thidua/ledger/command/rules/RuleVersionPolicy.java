package vn.thidua.ledger.command.rules;

import java.time.LocalDate;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.common.Require;
import vn.thidua.ledger.events.common.RuleVersionBasis;

/**
 * Chọn phiên bản quy tắc áp dụng: which rule-set version a decision applies.
 *
 * <p>By default ({@link RuleVersionBasis#EMULATION_YEAR}) the version in force on 1 January of the emulation year:
 * a year is judged by the rules it started under (the 2023 year, judged in December 2023, stays under Decree
 * 91/2017 although Decree 98/2023 took effect on 1 January 2024). A command may override it with a reason:
 * {@link RuleVersionBasis#DOSSIER_RECEIVED} takes the version in force on the day the proposal dossier was received.
 *
 * <p>Legal source: Law 06/2022/QH15 art. 94 (in force 1 Jan 2024) and art. 95 (verified: titles and awards granted
 * before that day stay recognised; it says nothing of pending dossiers). That a dossier received before a new text
 * took effect is handled under the old one is the usual transitional clause of implementing decrees; it is
 * <b>unverified</b> for Decree 98/2023/NĐ-CP, hence an override the secretariat chooses and justifies rather than a
 * default.
 */
public final class RuleVersionPolicy {

    private RuleVersionPolicy() {
    }

    /** The version for an emulation year, by default or as {@code override} (null: the default) asks. */
    public static RuleVersionChoice choose(RuleSetCatalog catalog, int year, RuleVersionOverride override) {
        if (override == null) {
            return new RuleVersionChoice(catalog.forYear(year), RuleVersionBasis.EMULATION_YEAR, firstDayOf(year), null);
        }
        if (override.reason() == null || override.reason().isBlank()) {
            throw new DomainRejection(ErrorCode.REASON_REQUIRED,
                    "choosing the rule-set version otherwise than by the emulation year needs a reason");
        }
        String reason = Require.text("reason", override.reason(), Require.MAX_TEXT);
        RuleVersionBasis basis = Require.present("rule version basis", override.basis());
        if (basis == RuleVersionBasis.EMULATION_YEAR) {
            return new RuleVersionChoice(catalog.forYear(year), basis, firstDayOf(year), reason);
        }
        LocalDate receivedOn = Require.present("dossier received on", override.dossierReceivedOn());
        return new RuleVersionChoice(catalog.inForceOn(receivedOn), basis, receivedOn, reason);
    }

    /**
     * The version a later step of a campaign's year applies (a round of the campaign, the cluster's appointment for
     * the year): the one its campaign chose, so an override at the launch holds for the whole year; with no campaign
     * on record ({@code chosen} null, e.g. a head appointed before the year's launch), the year's default.
     */
    public static RuleSet followCampaign(RuleSetCatalog catalog, ChosenRuleVersion chosen, int year) {
        return chosen == null ? catalog.forYear(year)
                : catalog.byIdAndVersion(chosen.ruleSetId(), chosen.ruleSetVersion());
    }

    private static LocalDate firstDayOf(int year) {
        return LocalDate.of(year, 1, 1);
    }

    /**
     * The version chosen, by which basis and date, and why if not by default.
     *
     * @param overrideReason null when the default applied
     */
    public record RuleVersionChoice(RuleSet rules, RuleVersionBasis basis, LocalDate referenceDate,
                                    String overrideReason) {

        public boolean overridden() {
            return overrideReason != null;
        }
    }
}
