package vn.thidua.ledger.command.rules;

import java.time.LocalDate;
import vn.thidua.ledger.events.common.RuleReference;

/**
 * Danh mục bộ quy tắc: finds the rule-set version to apply. Injected into command handlers as a
 * resource; both lookups reject with {@code RULE_SET_NOT_FOUND} rather than return nothing.
 */
public interface RuleSetCatalog {

    /** The version in force on the date. */
    RuleSet inForceOn(LocalDate date);

    /** Exactly this version: for a later step of a year that started under it. */
    RuleSet byIdAndVersion(String id, int version);

    /** The version a recorded reference names: a later step applies the rules an earlier one recorded. */
    default RuleSet citedBy(RuleReference reference) {
        return byIdAndVersion(reference.ruleSetId(), reference.ruleSetVersion());
    }

    /**
     * The rules an emulation year is judged by: those in force on its first day. The 2023 year,
     * judged in December 2023, stays under Decree 91/2017 although it was replaced a month later.
     */
    default RuleSet forYear(int year) {
        return inForceOn(LocalDate.of(year, 1, 1));
    }
}
