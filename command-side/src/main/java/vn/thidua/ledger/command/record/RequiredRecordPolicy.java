package vn.thidua.ledger.command.record;

import java.util.List;
import vn.thidua.ledger.command.common.DomainRejection;
import vn.thidua.ledger.command.common.ErrorCode;
import vn.thidua.ledger.command.rules.RuleCode;
import vn.thidua.ledger.command.rules.RuleSet;
import vn.thidua.ledger.events.common.Title;

/**
 * Hồ sơ thi đua bắt buộc: where the campaign requires records ({@code EmulationRecordsRequired}), a nominee for a
 * title whose criteria are read from the records (R2, R3, R5) must have a record of the nominated year, or the
 * criteria would pass them unchecked. Not a legal rule but the secretariat's recorded decision (its reason is in the
 * event): the law sets the criteria, not how the ledger learns the facts; the rejection cites the title's rule,
 * whose criteria could not be checked. Without the requirement a missing record is accepted (docs/domain.md,
 * "Records").
 */
final class RequiredRecordPolicy {

    private RequiredRecordPolicy() {
    }

    static void check(Title title, int year, List<Nominee> nominees, Standings standings, RuleSet rules) {
        if (!standings.recordsRequired() || !TitleCriteriaPolicy.appliesTo(title)) {
            return;
        }
        for (Nominee nominee : nominees) {
            if (standings.of(nominee.id(), year).isEmpty()) {
                throw new DomainRejection(ErrorCode.EMULATION_RECORD_MISSING, rules.cite(ruleOf(title)) + ": "
                        + nominee.name() + " (" + nominee.id() + ") has no hồ sơ thi đua for " + year
                        + ", which this campaign requires of every candidate for " + title.vietnameseName());
            }
        }
    }

    private static RuleCode ruleOf(Title title) {
        return switch (title) {
            case GRASSROOTS_EMULATION_FIGHTER -> RuleCode.R2;
            case MINISTRY_EMULATION_FIGHTER, NATIONAL_EMULATION_FIGHTER -> RuleCode.R3;
            default -> RuleCode.R5;
        };
    }
}
